"""newsweave.summarize"""
