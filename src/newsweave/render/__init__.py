"""newsweave.render"""
