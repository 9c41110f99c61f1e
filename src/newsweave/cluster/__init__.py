"""newsweave.cluster"""
