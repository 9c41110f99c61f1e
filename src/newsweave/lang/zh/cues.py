"""Chinese cues (see newsweave/lang/__init__.py)."""

# Words that mark a quotation as someone's words where no speaker is read (the speaker
# reader needs words between spaces): the speech verb after it ("“……”，他说") or before
# it ("他表示：“……”")
QUOTATIVES = ("说", "表示", "称", "指出", "强调", "透露", "介绍", "宣布", "告诉", "回应", "坦言")
