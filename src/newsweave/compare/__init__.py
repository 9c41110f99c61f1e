"""newsweave.compare"""
