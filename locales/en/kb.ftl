# kb's messages in English. Every id here is in locales/he/kb.ftl too (a test checks it).
# Arguments: $key, $path, ... are words and paths as written; $count chooses the plural form.

## How a problem is shown

label-error = error
label-warning = warning
label-hint = hint
build-failed = { $count ->
    [one] 1 problem found; nothing was written.
   *[other] { $count } problems found; nothing was written.
}
build-failed-warned = { $count ->
    [one] 1 error found (and { $warnings }); nothing was written.
   *[other] { $count } errors found (and { $warnings }); nothing was written.
}
did-you-mean = did you mean `{ $name }`?
one-of = expected one of: { $names }
count-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
count-files = { $count ->
    [one] 1 file
   *[other] { $count } files
}
count-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
count-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}

## Files and folders

not-utf8 = the file is not valid UTF-8
not-utf8-hint = save the file with UTF-8 encoding (in most editors: Save As, Encoding: UTF-8)
file-unreadable = cannot read the file: { $error }
config-unreadable = cannot read the site configuration: { $error }
config-unreadable-hint = is { $dir } a kb site? It needs a config.toml
no-content = the site has no content folder
no-content-hint = create content/<type>/<slug>.md files, e.g. content/articles/first.md
unknown-type-folder = unknown type folder `{ $key }`
unknown-type-folder-hint = { $suggestion }; or add [types.{ $key }] with name and plural to config.toml
misplaced-markdown = this Markdown file is not where kb looks for items
misplaced-markdown-hint = items go in content/<type>/<slug>.md or content/<type>/<slug>/index.md, pages in content/<slug>.md
url-taken = the URL { $url } is also used by { $other }
url-taken-hint = two items of the same type, or two pages, cannot share a slug: rename one file or set `slug = "..."` in its front matter
alias-bad = the alias { $alias } cannot be written: { $why }
alias-bad-hint = write the old address as a site path, as it was after the domain: `aliases = ["/old/path/"]`
alias-not-site-path = it does not start with a single /
alias-query = it has a ? or a #, which a server never looks up as a file
alias-not-utf8 = its %-encoded bytes are not UTF-8 text
alias-taken = the alias { $alias } is also the address of { $other }
alias-taken-hint = an old address can lead to one page only: remove it from the `aliases` of one of them
alias-generated = the alias { $alias } is the address of a page kb writes itself (a listing, a tag, search, the feed...)
link-loops = this symbolic link loops: it leads back to { $ancestor }, which holds it
link-loops-hint = point the link at a folder outside its own, or remove it
link-dangles = this symbolic link leads nowhere: its target does not exist
link-dangles-hint = point the link at an existing file or folder, or remove it
link-outside = this symbolic link leads to { $target }, outside the site folder, and kb does not read from there (so nobody else's file is published)
link-outside-hint = copy the file into the site instead of linking it, or, if that folder is yours and safe, allow it in config.toml: [security] then allow_links_to = ["<the folder>"]
not-a-file = this is not a regular file (a pipe, a device or a socket), and kb does not read from it
not-a-file-hint = remove it from the site folder, or put a regular file in its place
hidden-markdown = the file's name starts with a dot, so kb skips it and it is not on the site
hidden-markdown-hint = to publish it, remove the dot at the start of its name; files whose names start with a dot stay off the site

## config.toml

type-key-reserved = the type key `{ $key }` is taken: kb's own pages live at /{ $key }/
type-key-reserved-hint = choose another key, e.g. `{ $key }-list`, and rename content/{ $key }/ to match
bad-type-key = the type key `{ $key }` is not a valid URL name
bad-tag-key = the tag key `{ $key }` is not a valid URL name
bad-key-hint = use lower-case English letters, digits and hyphens, e.g. `trust-building`; the Hebrew name goes in `name`
base-url-relative = base_url `{ $url }` is not an absolute URL
base-url-relative-hint = write the address the site will have, e.g. base_url = "https://kb.example.org"
base-url-override-relative = --base-url `{ $url }` is not an absolute URL
base-url-override-relative-hint = give the address this build will have, e.g. --base-url https://kb.example.org/
base-url-bad = base_url `{ $url }` cannot be the site's address: { $why }
base-url-override-bad = --base-url `{ $url }` cannot be the site's address: { $why }
url-why-query = it has a ? or a #, and a site's address is a folder every link starts with
url-why-chars = it holds a space, a backslash (\) or an invisible character, which would send a browser elsewhere
url-why-dots = its path has a . or .. folder
url-why-host = it names no host, or has an @ before it
og-image-bad = the picture of link previews (og_image = "{ $url }") must be a path on the site or a full address
og-image-bad-hint = write e.g. og_image = "/images/share.png" (the file static/images/share.png) or og_image = "https://example.org/share.png"
menu-bad-characters = the address of the menu link `{ $url }` is not valid: { $why }
paginate-zero = paginate_by must be at least 1
paginate-zero-hint = write how many items a listing page shows, e.g. paginate_by = 20
language-unknown = `{ $value }` is not a language code, and kb cannot tell whether the site reads right to left
language-unknown-hint = write the language's code:
    language = "{ $code }"
language-table-bad = [languages.{ $code }] cannot be a language of the site: it is not a language code, or it is the default language `{ $default }`
language-table-bad-hint = name each other language by its code, e.g. [languages.ar] or [languages.en]; the default language's words stay at the top of config.toml
language-unknown-type = [languages.{ $code }] names the type `{ $key }`, which the site does not define
language-unknown-tag = [languages.{ $code }] names the tag `{ $key }`, which the site does not define
language-unknown-key-hint = a language gives its own names to the site's types and tags: define the key under [types] or [tags] first, or correct its spelling
statement-needs = the accessibility statement needs `{ $key }`
statement-needs-hint = add it under [accessibility], e.g. { $key } = { $example }
last-review-not-date = `last_review` is not a date: { $value }
last-review-not-date-hint = write the day of the last review as last_review = 2025-01-31
statement-email = the coordinator's `email` has no @
statement-email-hint = write the address readers write to, e.g. email = "access@example.org"
menu-no-name = a menu link has no name
menu-no-name-hint = write the words readers see, e.g. name = "מי אנחנו"
menu-bad-url = the menu link `{ $url }` leads nowhere kb knows
menu-bad-url-hint = write a file under content/ as url = "@/about.md", a path on the site as url = "/tags/", or a full address as url = "https://example.org"
theme-missing = the theme `{ $name }` is not in themes/{ $name }/
theme-missing-hint = remove `theme` to use kb's default theme, or add the theme folder
no-statement = the site has no accessibility statement
no-statement-hint = Israeli law asks organisations serving the public to publish one: add an [accessibility] table to config.toml (organization, coordinator, phone or email, last_review; see docs/guide.he.md) and kb publishes it at /accessibility/, or write your own in content/accessibility.md

## Front matter

front-matter-missing = the file does not start with front matter
front-matter-missing-hint = begin the file with a line `+++`, then `title = "..."` and `date = 2024-01-31`, then another `+++`
front-matter-open = the front matter opens on line 1 with `+++` and never closes
front-matter-open-hint = add a line of `+++` on its own after line { $last }, the front matter's last line
front-matter-yaml = this front matter is YAML (between --- lines); kb reads TOML between +++ lines
front-matter-yaml-hint = write it like this:
    { $toml }
language-name = `{ $value }` is the language's name, not its code; kb reads it as `{ $code }`
tag-key-hint = a tag's key is written in Latin letters, and its Hebrew name in name; e.g.:
    { $block }
quote-curly = the value of `{ $key }` has curly quotes (“ ” „), as a word processor writes them, and kb knows only straight quotes
quote-curly-hint = write the line with straight quotes:
    { $fixed }
table-key-hebrew = the table header `{ $header }` has Hebrew letters without quotes
table-key-hebrew-hint = a key is written in Latin letters, digits and hyphens; the Hebrew name goes inside the table
unknown-key = `{ $key }` is not a known key
quote-in-word = the value of `{ $key }` has a quote mark inside a word, which ends the text too early
quote-in-word-hint = write the Hebrew quote mark ״ (gershayim) instead, or put the whole value in single quotes:
    { $fixed }
    { $single }
date-format = `{ $key }` is not written as year-month-day: { $value }
date-format-hint = write the date like this ({ $spelled }):
    { $fixed }
date-invalid = `{ $key }` is not a real date: { $value }
date-example-hint = write the date as year-month-day, e.g. `{ $key } = 2024-03-10`
wrong-type = `{ $key }` has a value of the wrong kind
wrong-type-hint = write it like this: { $fixed }
toml-syntax = this line is not written the way kb reads front matter and config: { $detail }
toml-syntax-hint = each line is key = value; text goes between quotes, e.g. title = "מיפוי שותפים"
item-no-title = the item has no title
item-no-title-hint = add a line like `title = "מיפוי שותפים"` to the front matter
item-no-date = the item has no date
item-no-date-hint = add a line like this to the front matter (year-month-day):
    date = 2024-03-10
unknown-tag = unknown tag `{ $tag }`
unknown-tag-hint = { $suggestion }; tags come from [tags] in config.toml
tag-by-name-hint = “{ $name }” is the tag's name; in tags = [...] write its key: "{ $key }"
video-not-video = `{ $url }` is not a YouTube or Vimeo address
video-not-video-hint = use a link like https://www.youtube.com/watch?v=VIDEO_ID or https://vimeo.com/123456
bad-slug = the slug `{ $slug }` cannot be used in a URL
bad-slug-hint = use lower-case English letters, digits and hyphens, in the file name or in `slug = "..."`
page-no-title = the page has no title
page-no-title-hint = add a line like `title = "מי אנחנו"` to the front matter
page-takes-listing = the page would take /{ $slug }/, where kb lists { $slug }
page-takes-listing-hint = rename the file or set another `slug = "..."` in its front matter
page-item-key-hint = a page (a file directly in content/) is in no listing and has no `{ $key }`; to make it an item, move it to content/<type>/

## Links and embeds

link-broken = broken link: @/{ $target } does not exist
link-did-you-mean = did you mean @/{ $target }? Links name the file under content/, e.g. @/articles/backbone-roles.md
link-hint = links name the file under content/, e.g. @/articles/backbone-roles.md
anchor-broken = broken anchor: @/{ $target } has no heading with id `{ $anchor }`
iframe-blocked = this <iframe> would stay empty: the pages' Content-Security-Policy blocks frames from { $src }
iframe-blocked-inline = this <iframe> would stay empty: the pages' Content-Security-Policy blocks frames from the page itself
iframe-video-hint = put the video's address alone on a line instead of the embed code: { $url }
iframe-other-hint = only YouTube and Vimeo videos can be embedded: put the video's address alone on a line; for anything else, link to it
script-blocked = this <script> would not run: the pages' Content-Security-Policy refuses scripts from { $src }
script-blocked-inline = this <script> would not run: the pages' Content-Security-Policy refuses scripts written in the page
script-blocked-hint = for a video, put its YouTube or Vimeo address alone on a line; for a form, a map or a widget, link to it instead
html-removed-tag = <{ $tag }> was taken out
html-removed-attribute = the { $attribute } attribute of <{ $tag }> was taken out
html-removed-address = the address { $address } of <{ $tag }> was taken out
html-removed-hint = kb lets into content only HTML that runs no code and leaves the page around it alone; write it in Markdown, or, if every author of the site is trusted, set [security] trust_html = true in config.toml
html-unclosed-comment = an unclosed comment hides everything after it
html-unclosed-comment-hint = close the comment with --> or remove the <!--
markdown-removed-address = the address { $address } was taken out of the link: it is not the address of a page, a site, an email or a phone
markdown-removed-address-hint = link to a page of the site (@/articles/x.md), to an https://… address, to mailto: or to tel:
heading-attributes-removed = the heading's attributes { $attributes } were taken out: a heading may have only an id (#id) and classes (.class)
heading-attributes-removed-hint = write e.g. ## Heading {"{"}#id .class{"}"}
script-blocked-content = this <script> would run for every reader of the page: kb lets no script into content

## Output

copy-replaces = this file would replace the generated { $path }
copy-replaces-page = this file would replace the generated { $path } (a page)
copy-replaces-marker = this file would replace the generated { $path } (kb's list of the files it wrote)
copy-replaces-search = this file would replace the generated { $path } (kb writes everything under search/)
copy-into-git = kb never writes into .git/, the output's git repository
path-empty-segment = the file's path has an empty name in it (two slashes in a row, or a slash at the end)
path-absolute = the path starts at the root of the disk, outside the output folder
path-dots = the path has a "." or ".." segment, which leads out of its folder
path-backslash = the file's name holds a backslash (\), which leads out of its folder on Windows and on some servers
path-control = the file's name holds an invisible character ({ $code })
path-windows-char = the file's name holds { $char }, which Windows does not allow in file names
path-device = { $name } is a name Windows keeps for devices: no file can have it
path-trailing-dot = the name { $name } ends in a dot or a space, which Windows drops without a word
path-hint = rename the file with letters, digits and hyphens, and a dot only before its extension (e.g. map-2024.png); kb wrote nothing
copy-clash-hint = rename or remove { $source }: kb writes { $path } itself
copy-twice = this file and { $other } would both be written to { $path }
copy-twice-hint = rename or remove one of them
copy-is-folder = this file is where kb writes a folder (it holds { $inside })
copy-inside-file = this file would go inside { $file }, which kb writes as a file
copy-move-hint = rename or move { $source }
markup-runs-script = this file holds script (a <script>, an on… attribute or a javascript: address) that would run for anyone who opens it
markup-runs-script-hint = remove the script from the file (an SVG picture needs none), or, if every author of the site is trusted, set [security] trust_html = true in config.toml
output-changed-by-hand = this file in the output folder was changed after kb wrote it, so kb neither replaced nor removed it
output-changed-by-hand-hint = kb writes the output folder anew on every build: move your change to static/{ $path } (or to the page's source), then delete this file and build again

## Templates

template-cycle = this template extends itself: { $cycle }
template-cycle-hint = a template can only extend another that does not lead back to it, e.g. base.html
template-error = template error: { $detail }
template-error-hint = fix the template; kb names the template and, for syntax errors, the line

## kb serve

crash-rebuild = kb crashed while rebuilding (a bug in kb)
crash-search = kb crashed while updating the search index (a bug in kb)
crash-hint = save again to retry; please report the message above

## kb new

new-unknown-type = there is no type `{ $kind }`
new-unknown-type-hint = the types are { $types }, or `page` for a page (the [types.<key>] tables of config.toml)
new-unknown-type-close-hint = did you mean `{ $close }`? the types are { $types }, or `page` for a page (the [types.<key>] tables of config.toml)
new-page-bundle = a page is a single file, not a bundle
new-page-bundle-hint = drop --bundle; put a page's images under static/ and link to them as /images/x.png
new-no-slug = the title `{ $title }` has no letters to make an address of
new-slug-hint = give the address yourself with lower-case English letters, digits and hyphens, e.g. --slug first-meeting
new-page-takes-listing = a page at /{ $slug }/ would take the place of kb's own listing
new-other-slug-hint = choose another address with --slug
new-exists = this file already exists; kb new never overwrites a file
new-exists-hint = edit the existing file, or choose another address with --slug

## Summaries

build-done = kb: built { $what } ({ $pages }, { $files }) in { $seconds } s → { $out }
summary-type = { $key }: { $count }
count-standalone = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
count-html-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
count-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
count-changed-files = { $count ->
    [one] 1 file changed
   *[other] { $count } files changed
}
output-unchanged = The previous output, if any, is unchanged.
check-clean = kb check: no problems found ({ $pages } read in content/)
check-found = kb check: { $found } ({ $pages } read in content/)
serving = Serving { $site } at { $url }
serve-built = kb: built { $files } in { $ms } ms
serve-rebuilt = rebuilt in { $ms } ms ({ $changed })
serve-showing-problems = kb: the preview shows these problems until they are fixed.
serve-still-serving = kb: still serving the last good build.
serve-no-browser = kb: cannot open a browser ({ $opener } did not work); open { $url } yourself
serve-watch-hint = changes there will not be rebuilt by themselves: stop the preview (Ctrl+C) and start it again
overlay-heading = kb: the last rebuild failed ({ $problems }); showing the last good build
overlay-warnings-heading = kb: the site built, with { $warnings } worth fixing
overlay-dismiss = Dismiss
overlay-region = Problems in the site

## kb check

site-link-broken = broken link: { $url } leads to no page of the site
site-link-hint = link to another page with @/ and its file under content/, e.g. [text](@/articles/backbone-roles.md); kb then checks it and keeps it right when addresses change
link-to-markdown-hint = a link to a Markdown file is written with @/ and the file's path under content/, e.g. [text](@/articles/backbone-roles.md)
site-anchor-hint = an anchor after # is a heading of that page: its words joined by hyphens, e.g. #מה-זה-ארגון-שדרה
site-anchor-broken = broken link: the page of { $url } has no heading with id `{ $anchor }`
media-missing = the file { $url } does not exist
media-missing-hint = put { $name } beside the item (an item with files is a folder: content/<type>/<slug>/index.md and the file next to it), or under static/, whose files the site serves without static/ in front: static/images/{ $name } is /images/{ $name }; and check the spelling of its name
media-missing-static-hint = the address { $url } leads to the file static{ $url } of the site: put it there, or check the spelling of its name
link-to-preview = the link { $url } leads to the preview on your computer, and will not work on the published site
link-to-preview-hint = link to the page with @/ and its file in content/, or to the address inside the site: { $path }
placeholder = `{ $key }` still holds the example value of `kb init`: { $value }
placeholder-hint = write the real details in `{ $key }` before you publish the site
image-no-alt = the image { $url } has no alt text
image-no-alt-hint = describe the image in the brackets for readers who cannot see it, e.g. ![three people around a table](photo.jpg); for raw HTML write alt="..."; a purely decorative image gets alt=""
link-empty = the link to { $url } has no text
link-vague = the link text “{ $text }” says nothing about where it leads
link-vague-hint = screen readers list links by their text: write what the link leads to, e.g. [the shared measurement guide](@/tools/guide.md)
heading-skip = a level { $level } heading right after a level { $previous } heading
heading-skip-hint = headings go down one level at a time (the page title is level 1): make this one level { $level }, i.e. start its line like this:
    { $hashes } Heading
captions-unsaid = this item shows a video but does not say whether it has captions
captions-unsaid-hint = the accessibility standard asks for captions: add captions = true to the front matter when the video has them, or captions = false until it does
captions-missing = this item's video has no captions (captions = false)
captions-missing-hint = add captions (YouTube and Vimeo can make them for you, check them), then write captions = true
item-no-tags = this item has no tags, so no tag page lists it
item-no-tags-hint = add tags from [tags] in config.toml, e.g. tags = ["backbone"]
tag-unused = the tag `{ $key }` ({ $name }) has no items
tag-unused-hint = tag some items with it, or remove it from config.toml
summary-long = the summary is { $count } characters long; link previews cut it short
summary-long-hint = keep the summary to { $limit } characters or fewer, so it is shown whole when the page is shared
image-heavy = this image weighs { $size } MB, slow to load on a phone
image-heavy-hint = save it smaller (under 1 MB: about 1600 pixels wide, JPEG or WebP)
external-broken = broken link: { $url } answered { $status } (no such page)
external-broken-hint = find the page's new address, or remove the link
external-status = the link { $url } answered { $status }
external-status-hint = the site may be down for a while: check again later, and update the link if it stays so
external-redirect = the link { $url } moved ({ $status })
external-redirect-hint = link to the new address: { $location }
external-timeout = the link { $url } did not answer within { $seconds } seconds
external-unreachable = the link { $url } could not be reached

## The command line (kb --help)

cli-template = { "{" }about{ "}" }

    Usage: { "{" }usage{ "}" }

    { "{" }all-args{ "}" }
cli-commands = Commands
cli-command = COMMAND
cli-arguments = Arguments
cli-options = Options
cli-help = Print help
cli-version = Print version
cli-lang = The language of kb's messages: he, ar or en [default: the site's language; env: KB_LANG]
cli-kb = Static site generator for Hebrew knowledge bases
cli-init = Create a new Hebrew site, ready to build, in a new or empty folder
cli-init-dir = The folder to create the site in [default: the current folder]
cli-init-github-pages = Also write .github/workflows/pages.yml, which publishes the site on GitHub Pages
cli-new = Create a new item (or a page) with its front matter filled in
cli-new-kind = A type key from config.toml (e.g. articles), or page for a page such as "about us"
cli-new-title = The title, in Hebrew; the file name is spelled from it in Latin letters
cli-new-slug = The address of the new item instead of the one spelled from the title
cli-new-bundle = A bundle: <slug>/index.md, with room for images beside it
cli-site-dir = The site folder, with config.toml and content/ [default: the current folder]
cli-build = Build the site into a folder of static files
cli-build-output-dir = Output folder [default: SITE_DIR/public]
cli-drafts = Include items marked draft = true
cli-build-base-url = Use this base URL instead of the one in config.toml
cli-build-timings = Print how long each stage of the build took
cli-build-git-dates = Take each item's updated date from its file's last git commit
git-dates-no-repository = dates from git were asked for, but the site folder is not in a git repository (or git is not installed)
git-dates-no-repository-hint = the dates come from front matter only; to use git, build from a clone of the repository
git-dates-shallow = the repository is a shallow clone: git knows only its newest commits, so older files get dates that are too late or none
git-dates-shallow-hint = in GitHub Actions, give actions/checkout fetch-depth: 0; on the command line, git fetch --unshallow
cli-check = Check the site without writing it: everything kb build checks, plus links, images, alt text, headings, captions and tags
cli-check-external = Also fetch links to other sites and report those that fail
cli-check-strict = Fail (exit code 1) on warnings too
cli-serve = Preview the site: build it in memory, serve it, rebuild and reload open pages on save
cli-serve-port = Port to listen on; 0 picks a free one [default: 1111]
cli-serve-bind = Address to listen on [default: 127.0.0.1, which keeps the preview on this machine]
cli-serve-open = Open the preview in the default browser

## Command-line errors

cli-unknown-command = `{ $name }` is not a kb command
cli-did-you-mean = did you mean `{ $close }`? The full explanation: `{ $help }`
cli-commands-hint = kb's commands are { $names }; all of them: `kb --help`
cli-unknown-option = this command has no option `{ $name }`
cli-extra-argument = kb does not know what to do with `{ $name }`
cli-usage-hint = what the command takes: `{ $help }`
cli-port-hint = a port is a number from 1 to 65535 (or 0, which picks a free one), e.g.:
    kb serve --port 1112
cli-arg-kind = the type (e.g. `articles`)
cli-arg-title = the title
cli-arg = `{ $name }`
cli-missing-argument = the command lacks { $names }
cli-new-example = write the type and the title, the title in quotes:
    kb new articles "My article's title"
cli-bad-value = `{ $value }` is not a value `{ $name }` takes
cli-valid-values = the values are: { $names }
cli-unreadable = kb did not understand the command line

## Failures that stop a command

not-a-site = { $dir } has no config.toml, so it is not a kb site
not-a-site-hint = go to the site's folder (cd), or write its path after the command, e.g. `kb build my-site`; to create a new site: `kb init my-site`
io-failed = { $what }: { $reason }
io-read = cannot read { $path }
io-read-folder = cannot read the folder { $path }
io-write = cannot write { $path }
io-create = cannot create { $path }
io-create-folder = cannot create the folder { $path }
io-remove = cannot remove { $path }
io-move = cannot move { $from } to { $to }
io-lock = cannot lock { $path }
io-open-site = cannot open the site folder { $path }
io-listen = cannot listen on { $address }
io-watch = cannot watch { $path } for changes
io-threads = cannot start the threads kb needs
io-server-stopped = the preview's server stopped
io-not-found = no such file or folder
io-not-found-hint = check the path and its spelling
io-permission = permission denied
io-permission-hint = check that you may read and write in this folder, or choose another folder
io-read-only = this drive is read-only
io-full = the disk is full
io-full-hint = free some space on the disk and run the command again
io-not-folder = part of the path is a file, not a folder
io-is-folder = it is a folder, not a file
io-exists = a file is already there
io-exists-hint = remove it or choose another name
io-port-taken = this port is taken: another program listens on it (perhaps another kb serve still running)
io-port-taken-hint = close the other program, or choose another port, e.g.:
    kb serve --port 1112
io-address = this address does not belong to this computer
io-address-hint = keep the default (127.0.0.1), or give --bind an address of this computer
io-other = the operating system reported an error (code { $code })
io-other-hint = try again; if it happens again, report this message to us
init-not-empty = { $dir } is not empty (it holds { $found }); { $command } writes only into a new or empty folder, so nothing of yours is replaced
init-not-empty-hint = create the site in a new folder:
    { $command } my-site

## kb init and kb new

init-done = Created a new site in { $dir } ({ $files }).
init-next = What now:
init-step-cd = {"  "}1. Go to the folder:
    {"       "}cd { $dir }
init-step-here = {"  "}1. Stay in this folder.
init-step-serve = {"  "}2. Preview it:
    {"       "}kb serve --open
init-step-config = {"  "}3. Fill in config.toml: the site's name, base_url and the accessibility statement ([accessibility])
init-step-new = {"  "}4. Write a new item:
    {"       "}kb new articles "Title of the article"
init-step-build = {"  "}5. Build the site to publish (the result is in public/):
    {"       "}kb build
init-pages = Publishing on GitHub Pages: before the first push, on GitHub open Settings → Pages → Source: GitHub Actions;
    from then on every push to main checks the site and publishes it (.github/workflows/pages.yml, with kb { $version }).
init-publishing = The publishing guide (GitHub Pages, Netlify, Cloudflare Pages, a shared host): { $home }/blob/main/docs/publishing.md
init-guide = The guide for writers, in Hebrew: { $home }/blob/main/docs/guide.he.md
new-done = Created { $path }
    Its address on the site: { $url }
    Open it in your editor, write, and see the result in kb serve.

## The output folder

output-holds-site = refusing to write the site into { $out }: it holds the site's own files, which a build would replace
output-holds-site-hint = choose an output folder of its own, e.g. -o { $public }
output-in-source = refusing to write the site into { $out }: it is inside the site's { $source }/ folder
output-in-source-hint = choose an output folder outside { $source }/, e.g. the default public/
output-is-file = refusing to write the site into { $out }: it is a file
output-is-root = refusing to write the site into { $out }: it is the root of the disk
output-is-file-hint = choose a folder
output-foreign = refusing to write into { $out }: kb did not build into it (it has no { $marker } file) and it holds { $name }
output-foreign-hint = choose a new or empty folder (one holding only { $kept } is fine), or empty this one yourself if you are sure
output-busy = another kb build is writing into { $out } (its staging folder is { $staging })
output-busy-now = another kb build is writing into { $out } right now
output-bad-path = refusing to write { $path }: { $why }
output-busy-hint = wait for it to finish, then build again
output-none-before = There was no output folder before this build, and there is none now.
output-kept = Nothing was changed: the previous output in { $out } is unchanged.
output-put-back = kb put back everything it had changed: the previous output in { $out } is unchanged.
output-not-put-back = kb could not put everything back in { $out }; every file not named here is as before.
    from this build: { $new }
    missing (the previous versions are in { $old }): { $missing }
    folders and the marker not put back: { $other }
output-not-kbs = { $path } was not written by kb, and { $why }
output-not-kbs-hint = kb never replaces what it did not write: move or delete { $path } (kb then writes its own), or rename what the site writes there (a file in static/ or in a bundle)
output-needs-folder = kb needs a folder there
output-would-replace = this build would replace it
output-file-over-folder = this build writes a file where its folder { $folder } is
io-copy = cannot keep a copy of { $from } in { $to }
marker-foreign = { $marker } was not written by kb: it names `{ $entry }`, { $why }
marker-foreign-hint = kb replaces or removes only what its marker names, so it will not build into this folder. If the folder is kb's output, delete { $marker } and the files kb wrote (keep .git, CNAME and your own files) and build again; or build into another folder with -o
marker-not-file = which is not a file kb writes
marker-not-line = which is not a line kb writes
marker-absolute = an absolute path, outside the output folder
marker-leads-out = a path that leads out of the output folder
marker-not-path = not a path kb writes
marker-in-git = inside .git/, where kb never writes
marker-itself = the marker itself
marker-through-link = a symbolic link or a path through one, which kb never makes and which may lead out of the output folder

## Template errors

template-variable = the template uses a variable that does not exist: `{ $name }`
template-variable-hint = check the spelling of `{ $name }`; a value that is sometimes missing takes a default:
    { "{{" } { $name } | default(value="") { "}}" }
template-filter = there is no filter `{ $name }`
template-function = there is no function `{ $name }`
template-test = there is no test `{ $name }`
template-filter-failed = the filter `{ $name }` could not read the value it was given
template-name-hint = check the spelling of `{ $name }` on this line; the filters are Tera's and `hebrew_date`, which takes a date like 2024-03-01
template-syntax = the template is not written in a form Tera reads
template-syntax-hint = check that every { "{{" } closes with { "}}" }, every { "{%" } with { "%}" }, and every { "{%" } if { "%}" } or for with endif or endfor
template-missing = there is no template `{ $name }`
template-missing-hint = check the name after extends or include: templates are in the site's or the theme's templates/
## kb import wordpress
import-broken-xml = this export is not well-formed XML: { $error }
import-not-wordpress = this file is not a WordPress export (an RSS file with wp:wxr_version)
import-export-hint = export the site again in WordPress (Tools → Export → All content) and give kb that file; nothing was written
import-map-unreadable = cannot read the mapping: { $error }
import-map-bad-type = { $key } cannot be a type key: keys are lowercase Latin letters, digits and hyphens, and not tags, search, page or skip
import-map-unknown-type = { $key } is not one of the mapping's [types]
import-map-unknown-type-hint = add [types.{ $key }] with name and plural, or write one of the type keys there
import-untitled = (untitled)
import-skip-attachment = an attachment: its file is copied where a post shows it
import-skip-menu-item = a menu entry
import-skip-revision = a revision, not imported
import-skip-internal = WordPress's own { $type }, not content: not imported
import-skip-trash = in the trash: not imported
import-skip-auto-draft = an automatic draft: not imported
import-skip-status = of a status kb does not know: not imported
import-skip-password = protected by a password: not imported (import with --drafts to keep it as draft = true)
import-skip-draft = a draft, pending, private or scheduled { $type }: not imported (import with --drafts to keep it as draft = true)
import-skip-unmapped = of the post type { $type }, which the mapping does not name: not imported
import-skip-mapped = of the post type { $type }, which the mapping skips
import-report-other-menus = Other menus, not imported (kb has one main menu): { $names }
import-featured-image = its featured image { $what } is not imported: kb items have none (put it in the body if it matters)
import-kept = { $what } kept as text: kb cannot convert it
import-missing-file = the file { $what } is not in --uploads: the address is kept as it was
import-link-to-draft = a link to a post not published ({ $what }) is kept as it was
import-anchor-dropped = the link { $what } leads to the post without its #anchor: kb gives headings ids of their own
import-alias-query = its old address { $path } has a query, which no static host can redirect: old links to it stop working (pretty permalinks in WordPress would have avoided it)
import-alias-invalid = its old address { $path } cannot be a file in the output (an empty, . or .. folder, or a character Windows refuses): no redirect from it
import-alias-dropped = its old address { $path } is taken by a new page or another post: no redirect from it
import-menu-entry-skipped = a menu entry kb cannot place (nested, or to something not imported): not in the main menu
import-report-title = kb import wordpress: report
import-report-items = Imported: { $counts }; of them { $drafts ->
    [one] 1 draft
   *[other] { $drafts } drafts
}
import-report-tags = { $count ->
    [one] 1 tag
   *[other] { $count } tags
} in the vocabulary
import-report-menu = The menu "{ $name }" became the main menu ({ $count ->
    [one] 1 entry
   *[other] { $count } entries
})
import-report-aliases = { $count ->
    [one] 1 old address redirects
   *[other] { $count } old addresses redirect
} to the new pages
import-report-files = { $count ->
    [one] 1 uploaded file
   *[other] { $count } uploaded files
} copied to static/wp-content/uploads/
import-report-embeds = { $count ->
    [one] 1 embedded video
   *[other] { $count } embedded videos
} converted to video lines
import-report-comments = { $count ->
    [one] 1 comment
   *[other] { $count } comments
} counted, not imported
import-report-not-converted = Not converted ({ $count }):
import-report-entry = "{ $title }" (ID { $id }): { $what }
import-done = kb: the site is in { $site }; the report is in { $report }. Next: kb build { $site }
cli-import = Move a site into kb from another system
cli-wordpress = Turn a WordPress export (Tools → Export) into a kb site, every old address redirecting to its new page
cli-wordpress-export = The export file (WXR, .xml)
cli-wordpress-site-dir = The folder to create the site in: new or empty
cli-wordpress-uploads = The site's wp-content/uploads folder, to copy images and files from
cli-wordpress-map = An edited import.toml: where each post type and category goes
cli-wordpress-drafts = Also import drafts, pending, private and scheduled posts, as draft = true
cms-backend-unknown = [cms] says backend = "{ $backend }", a service kb does not know
cms-backend-unknown-near-hint = did you mean backend = "{ $near }"?
cms-backend-unknown-hint = write the service the site's repository is on, one of: { $backends }
cms-repo-bad = the repository in [cms] (repo = "{ $repo }") must be written as owner/name
cms-repo-bad-hint = write the organisation or user and the repository's name as in its address, e.g. repo = "my-org/kb-site"
cms-script-bad = the editor's script (script = "{ $script }") must start with https:// or be a path on the site
cms-script-bad-hint = delete the line to use the pinned version ({ $default }), or give the path of your own copy under static/, e.g. script = "/vendor/decap-cms.js"
cms-media-folder-bad = the editor's image folder (media_folder = "{ $folder }") must be a folder under static/
cms-media-folder-bad-hint = write e.g. media_folder = "static/media": images uploaded in the editor are saved there and shown at /media/
cms-address-bad = { $key } in [cms] ({ $value }) must be a full address starting with https://
cms-address-bad-hint = copy the service's full address, e.g. { $key } = "https://auth.example.org"
cms-page-title = Edit the content · { $site }
cms-loading = The editor is loading…
cms-no-script = Editing the site in the browser needs JavaScript.
cms-config-header = kb writes this file anew from config.toml at every build: change config.toml, not this file.
cms-pages = Pages
cms-page = Page
cms-intros = Intros
cms-home-intro = The home page's intro
cms-listing-intro = The listing's intro: { $plural }
cms-field-title = Title
cms-field-title-hint = as readers see it at the top of the page and in search results
cms-field-date = Date
cms-field-date-hint = the date of publication
cms-field-summary = Summary
cms-field-summary-hint = a sentence or two shown in listings, search and the preview of a shared link
cms-field-tags = Tags
cms-field-tags-hint = choose from the list; new tags are added in config.toml
cms-field-authors = Authors
cms-field-authors-hint = one name a line
cms-field-editors = Editors
cms-field-editors-hint = who edited the item, one name a line
cms-field-video = Video address
cms-field-video-hint = its address on YouTube or Vimeo; the player loads only when clicked
cms-field-captions = Has captions
cms-field-captions-hint = tick if the video has captions: accessibility needs them
cms-field-updated = Updated on
cms-field-updated-hint = fill in when the content changed in substance
cms-field-draft = Draft
cms-field-draft-hint = a draft is not published until this is unticked
cms-field-slug = Address on the site (Latin letters)
cms-field-slug-hint = may stay empty: the address is spelled in Latin letters from the title, e.g. mifui-shutfim
cms-field-aliases = Earlier addresses
cms-field-aliases-hint = old addresses that lead here, e.g. /old-post/
cms-field-body = Content
cms-field-body-hint = headings, lists, tables and links; a YouTube address on a line of its own becomes a player
cms-slug-pattern = small Latin letters, digits and hyphens only
cms-video-pattern = the address of a video on YouTube or Vimeo
init-cms = The browser editor: run kb serve and open /admin/ (write the repository's name under [cms] in config.toml before publishing; see docs/cms.md)
cli-init-cms = adds a [cms] table to config.toml for the browser editor at /admin/, with the service the site is kept on
