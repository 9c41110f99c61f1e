"""Japanese cues (see newsweave/lang/__init__.py)."""

# Words that mark a quotation as someone's words where no speaker is read: a quotative
# particle right after its closing mark ("「……」と述べた"), or a speech verb in its clause
QUOTATIVE_PARTICLES = ("と", "って")
QUOTATIVES = ("述べ", "語っ", "話し", "強調し", "説明し", "明らかにし", "発表し")
