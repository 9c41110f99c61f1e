"""newsweave.engine"""
