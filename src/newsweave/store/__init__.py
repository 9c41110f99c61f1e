"""newsweave.store"""
