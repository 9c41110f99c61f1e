"""English page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"read more",
    r"read also",
    r"also read",
    r"see also",
    r"see more",
    r"more on this(?: story)?",
    r"related(?: articles?| stories| content| news| coverage| reading)?",
    r"recommended(?: for you)?",
    r"you may also like",
    r"you might also like",
    r"more from \w+(?: \w+)?",
    r"most (?:read|popular|viewed)",
    r"don'?t miss",
    r"also on [\w.]+",
    r"watch:",
    r"video:",
    r"listen:",
    r"scroll down to read",
    r"continue reading",
    r"keep reading",
    r"click here",
    r"trending(?: now)?",
    r"top stories",
    # another story's teaser behind a label and a colon: "MORE: Ferry strike strands 300",
    # "Also interesting: …" (a translated "Auch interessant"); "More than 40 …" is prose
    r"more(?: news| stories| on this| from us)?(?=\s*:)",
    r"also interesting(?=\s*(?::|$))",
    r"more information(?=\s*(?::|$))",
    # teasers as machine translation renders them ("Leia também", "Te puede interesar"); a colon
    # or the line's end after them: "Read too much into it …" is prose
    r"read too(?=\s*(?::|$))",
    r"see too(?=\s*(?::|$))",
    r"also see(?=\s*(?::|$))",
    r"you (?:may|might|could) (?:also )?be interested(?: in)?(?=\s*(?::|$))",
    r"(?:this |it )?(?:may|might) (?:also )?interest you(?=\s*(?::|$))",
)
AGENCY_FEED = (
    # "This article is from an agency dispatch published without changes by our newsroom."
    r"^this (?:article|story|report|content)\b.{0,30}?\b(?:is|was|comes) (?:taken |sourced )?from an? (?:wire|agency|news agency) (?:dispatch|report|story|copy)\b",
    r"\bpublished (?:without|with no) (?:changes|modifications|editing|alterations) by (?:our|the) (?:newsroom|editorial (?:staff|team|desk)|editors)\b",
    # "This item was automatically published from a news agency feed."
    r"^this (?:article|story|report|content|item)\b.{0,30}?\b(?:was|has been|is) (?:automatically|auto-) ?(?:published|generated|posted)\b",
    r"\b(?:automatically |auto-)?published (?:automatically )?(?:from|via|through) (?:an? |the )?(?:wire|news agency|agency|news) (?:agency )?(?:feed|wire|service)\b",
)
PAYWALL = (
    r"if you enjoyed this article,? (?:we have a proposition|please consider|consider (?:subscribing|supporting))",
    r"subscribe (?:now )?to (?:continue|read|unlock)",
    r"already a subscriber",
    r"sign in to (?:continue|read)",
    r"log in to (?:continue|read)",
    r"register to (?:continue|read)",
    r"create a free account",
    r"for subscribers only",
    r"subscriber-only",
    r"(?:this|the) (?:article|content|story) is (?:only )?(?:(?:available|reserved) )?(?:to|for) (?:subscribers|members)",
    r"you have reached your (?:free )?(?:article )?limit",
    r"become a member",
    r"support (?:our|independent) journalism",
    r"this copy is for your personal,? non-commercial use",
    r"get access to .{0,60}subscription",
    r"subscribe for (?:full|unlimited) access",
    r"you have \d+ free (?:articles?|stories) left",
    # "The Riverside Post is reader-funded. Become a member …": the pitch's own lead
    r"^[\w'’.&-]+(?: [\w'’.&-]+){0,4} is (?:reader|listener|viewer|member)[- ](?:supported|funded)\b",
    # "Subscribe to the Valley Herald and get the digital edition …": the outlet's own pitch
    r"^subscribe (?:to|now)\b.{0,60}?\b(?:and (?:get|receive|read|enjoy)|digital edition|print edition|e-?paper|unlimited access)\b",
)
NEWSLETTER = (
    r"sign up (?:for|to) (?:our|the)\b.{0,40}newsletter",
    r"subscribe to (?:our|the)\b.{0,40}newsletters?",
    r"get (?:our|the) .{0,30}newsletter",
    r"thanks for signing up",
    r"keep an eye on your inbox",
    r"(?:receive|get) (?:the|our) (?:latest )?(?:news|stories|headlines)\b.{0,40}? in your (?:e-?mail|inbox)",
    r"there was an error processing your subscription",
    r"right in your inbox",
    r"delivered (?:to|through) your (?:inbox|letterbox)",
    # "NEWSLETTER: Get the morning briefing …", "Newsletter Saúde: receba …": the label,
    # maybe a name, a colon (the word is the same in most of our languages)
    r"^newsletter\b[^:.!?–—]{0,40}(?::|\s[–—-]\s)",
    r"^sign up\s*:",
    r"sign up (?:for|to) .{0,60}newsletter",
    r"\bin your inbox\b",
    r"sign up here",
    r"subscribe to .{0,40}(?:daily|weekly|morning|evening) (?:briefing|newsletter)",
    # "Sign up to the Morning Briefing: …", "Subscribe to our free Climate Bulletin"
    r"^(?:sign up|subscribe|register) (?:for|to) (?:our |the )?(?:free )?(?:[\w'’-]+ ){0,4}?(?:brief|briefing|bulletin|digest)s?\b",
    # "Subscribe to Harbour Notes, our free newsletter on local politics."
    r"^(?:sign up|subscribe|register) (?:for|to)\b.{0,60}?\bnewsletters?\b",
    # "Receive in your email the main business news" (a translated pitch): opening the line only
    # ("… sent a fake invoice to your email" is news), and news in its first sentence (a blog's
    # "Get our free ebook in your email" is the benchmark's body)
    r"^(?:receive|get)\b(?=[^.]{0,100}?\b(?:news|headlines|stories|briefing|newsletter|digest)\b)[^.]{0,60}?\b(?:in|to|by) (?:your )?(?:e-?mail|inbox|mailbox)\b",
)
ADVERTISING = (
    r"advertisement",
    r"advertising",
    r"sponsored(?: content)?",
    r"paid (?:content|post)",
    r"ad",
    r"promoted",
)
PICTURE_LABEL = (
    r"in (?:the|this|our) (?:file )?(?:photo|picture|image)",  # "In the file photo: …"
    r"main image",
    r"top image",
    r"featured image",
    r"header image",
    r"lead image",
    r"image source",
)
# a caption's last word in brackets: "Workers at a building site in Leeds last May. (File)"
PICTURE_SOURCE = (r"file", r"file (?:photo|picture|image)", r"archive(?: (?:photo|picture|image))?")
STAFF_CREDIT = (
    r"(?:additional )?reporting by",
    r"editing by",
    r"writing by",
    r"graphics? by",
    r"fact-?checked by",
)
AUTHOR_BIO = (
    r"email \w+(?: \w+){0,3} at \S+@",
    r"follow (?:him|her|them) @\w+",
    r"contributed (?:reporting )?to this (?:report|story|article)",
    r"reach the (?:reporters?|writers?|author) (?:on|at)\b",
    r"have a (?:news )?tip\?",
    r"may be reached at",
    r"can be reached at",
    r"write to \w+(?: \w+){0,3} at",
    r"contact (?:the )?(?:author|reporter|writer) at",
    r"follow (?:him|her|them) on (?:twitter|x|facebook|instagram)",
    r"is a (?:staff |senior |freelance )?(?:writer|reporter|correspondent|editor) (?:for|at|with)\b.{0,60}$",
)
ENGAGEMENT = (
    r"follow @\w+ on (?:twitter|x)\b",
    r"follow (?:us|@?[\w'’ ]{1,40}) on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|whatsapp|telegram|threads|bluesky|google news)",
    # channel pitches: "Join our WhatsApp channel", "Get our top stories on WhatsApp"
    r"^join (?:us|our|the)\b.{0,40}?\b(?:whatsapp|telegram|signal|discord)\b",
    r"^(?:get|receive)\b.{0,60}?\b(?:on|via|in) (?:whatsapp|telegram)\b",
    r"^(?:our (?:news|stories|articles)|we) (?:are|is) (?:now |also )*on (?:whatsapp|telegram)\b",
    r"^share (?:it|this(?: article| story)?) (?:on social media|with your friends)\b",
    # "Like our page on Facebook to get the news …" (a translated "Curta a nossa página no Facebook")
    r"^like (?:us|our (?:[\w-]+ )?page) on (?:facebook|instagram|linkedin)\b",
    r"^like our (?:facebook|instagram|linkedin) page\b",
    r"follow [\w'’]+ full coverage",
    r"follow (?:our|the|all (?:our|the)) (?:live )?(?:coverage|updates|blog)",
    r"get [\w ]{1,30} on the go",
    r"like this story\? share it",
    # a broadcaster's promo: "Watch the full report on our six o'clock news"
    r"^(?:watch|listen to|see|hear)\b.{0,80}?\b(?:report|interview|programme|program|bulletin)\b.{0,40}?\bon (?:our|the) (?:\w+ )?(?:news|bulletin|programme|program|show|website|app)\b",
    r"tell us what you think",
    r"share your thoughts",
    r"leave a comment",
    r"join the conversation",
    r"subscribe to (?:the |our )?[\w ]{0,30}youtube channel",
    r"comments? (?:that|which) (?:are|is) (?:abusive|off-topic)",
    r"an error has occurred, please try again",
    # the page asking readers to report a mistake: "Spotted an error? Let us know."
    r"^(?:have you |did you )?(?:spotted|found|noticed|seen) an? (?:error|mistake|typo)\s*\?",
    r"^report an? (?:error|mistake|typo)\b",
)
DISCLOSURE = (
    r"if you buy something through (?:this post|our links|a link)",
    r"we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of the sale)",
    r"links in this (?:article|story|post) may earn us a commission",
    r"(?:this (?:post|article) contains|contains) affiliate links",
    r"this (?:post|article) is sponsored by",
)
SHARE = (
    r"share(?: this(?: article| story| news| page| post)?)?(?: on| via)?",
    r"send(?: by| via)?",
    r"e-?mail(?: this)?",
    r"copy(?: the)? link",
    r"print(?: this)?",
)
DISCLAIMER = (
    # the outlet on its own text, opening the paragraph: "The bank said the guidance does not
    # constitute investment advice" is news
    r"^(?:the )?(?:information|content|material|views?|opinions?) (?:contained |provided |expressed )?(?:in|on) this (?:article|page|site|report|column)\b",
    r"^this (?:article|content|information|material|report|column)\b.{0,100}?\b(?:does not|doesn't|do not|is not|should not be)\b.{0,40}?\b(?:advice|recommendation|substitute)\b",
    r"^(?:this is )?not (?:investment|financial|medical|legal) advice\b",
)
BYLINE_ROLE = (
    r"correspondents?",
    r"(?:reporter|editor|writer|columnist|journalist|analyst|critic)s?",
)
WIDGET = (
    r"(?:estimated )?read(?:ing)? time\s*:?\s*\d+\s*(?:min(?:ute)?s?)?",
    r"\d+\s*min(?:ute)?s? read",
    r"this article has been sent to",
    r"comments?\s*\(\d+\)(?:\s*\|\s*(?:add|post|leave|write) (?:a )?comment)?",  # "Comments (14) | Add comment"
    r"comments?\s*:?\s*\d+",
)
DESK_BYLINE = (
    # "Editorial staff | Teruel | 3 Jun. 2024": the desk in a bar (a translated "Redacción")
    r"(?:the )?(?:editorial (?:staff|team|desk|office)|newsroom|news desk)",
    r"(?:by|from) (?:our|a) (?:own )?(?:special |staff |foreign |political |diplomatic |city )?(?:correspondents?|reporters?|staff|desk)(?: (?:in|at) [\w'’ -]{2,30})?",
)
CORRECTION = (
    r"correction\s*:",
    r"clarification\s*:",
    r"(?:an earlier|a previous|the (?:first|original|previous)) version of this (?:article|story|report)",
    # "Update: We have added …", "Update 10:20 - this story has been …": the newsroom's note
    r"^update[sd]?\b[^:–—-]{0,30}?[:–—-]\s*(?:we (?:have )?(?:added|updated|corrected|amended)|this (?:article|story|report) (?:has been|was)|added|adds)\b",
    r"this (?:article|story|report) has been (?:corrected|amended|updated) (?:to|with|after|since)\b",
    # "This is a developing story and will be updated.", "This story is developing."
    r"^this is an? (?:developing|breaking|updating)(?: news)? (?:story|report)\b",
    r"^this (?:story|article|report) (?:is developing|will be updated|is being updated)\b",
    r"this (?:article|story|report|page|content|post) (?:was|has been) (?:last )?updated (?:on|at) .{1,40}$",  # a stamp, not "… at 5 p.m. to include …"
    # "This story was updated at 16:40 with comments from the mayor.": the stamp and what came in
    r"^this (?:article|story|report|page|post) (?:was|has been) (?:updated|amended|corrected) (?:on|at) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:with|to (?:include|add|reflect|correct)|after)\b|:)",
    # "This article was amended on February 20th, 2025, to correct the spelling of …" (not
    # "report": a government's report is amended in the news)
    r"^this (?:article|story|piece|post) (?:was|has been) (?:amended|corrected|changed|edited|updated)(?: on [^.;]{1,40}?)?,?\s+to (?:correct|fix|clarify|reflect|remove|include|add)\b",
)
EDITOR_NOTE = (r"editor[’']?s[’']? note", r"ed\. note", r"note to readers", r"a note from the editors?")
