"""newsweave.align"""
