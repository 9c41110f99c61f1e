"""newsweave.text"""
