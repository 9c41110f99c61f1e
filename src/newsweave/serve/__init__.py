"""newsweave.serve"""
