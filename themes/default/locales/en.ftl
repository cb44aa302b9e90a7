# The default theme's own words in English (templates call tr(id=..., lang=site.language)).
tags-title = Tags
search-title = Search
statement-title = Accessibility statement
statement-description = The accessibility statement of { $site }: what the site does, what is not accessible yet and how to reach the accessibility coordinator.
not-found-title = Page not found
page-number = Page { $number }
skip-link = Skip to main content
search-label = Search the knowledge base
search-placeholder = Search…
main-nav = Main navigation
languages-nav = Languages
home = Home
all-tags = All tags
atom-feed = Updates by Atom feed
write-to-us = Write to us
not-found-lead = The address may have changed, the page may have moved, or the link may have a typo.
not-found-search = Search from the error page
not-found-search-label = You can search the knowledge base for what you were looking for:
not-found-or = Or go on from one of these places:
to-home = To the home page
content-types = Content types
items-word = items
latest = New in the knowledge base
topics = Topics
to-all-tags = All tags
item-count = { $count ->
    [one] One item
   *[other] { $count } items
}
tag-item-count = { $count ->
    [0] No items yet
    [one] One item
   *[other] { $count } items
}
page-of = Page { $number } of { $total }
no-items-of-type = There are no items of this type yet.
pages-in-type = Pages of the list of { $name }
breadcrumb = Where you are
crumb-home = Home
tag-kicker = Tag
facets = Filter by type
all-facet = All
no-items-with-tag = There are no items with this tag yet.
pages-in-tag = Pages of the tag { $name }
topic-count = { $count ->
    [one] One topic in the knowledge base
   *[other] { $count } topics in the knowledge base
}
and-more = and { $count } more
pages-in-listing = Pages of the list
prev = Previous
next = Next
arrow-prev = ←
arrow-next = →
updated-last = Last updated
updated = Updated
reading-minutes = { $count ->
    [one] 1 minute read
   *[other] { $count } minutes read
}
written-by = Written by:
edited-by = Edited by:
print-tool = Print this tool
on-this-page = On this page
source = Source:
read-more = Read more
search-heading = Search the knowledge base
search-what = What are you looking for?
search-type = Type
all-types = All types
more-results = Show more results
search-noscript = Search runs in the browser and needs JavaScript. You can browse the <a href="{ $tags }">tags</a> or the lists by type.
statement-updated = Last updated
statement-lead-1 = considers it important that every person, with or without a disability, can use the site
statement-lead-2 = , find information on it and read it with ease and independence. This statement explains what was done to make the site accessible, what is not accessible yet and how to reach us.
statement-level-id = accessibility-level
statement-level = Level of accessibility
statement-level-text = The site was built according to Israel's Equal Rights for Persons with Disabilities (Service Accessibility Adjustments) Regulations, 2013, and meets this level:
statement-standard-text = Israeli Standard 5568 is based on the Web Content Accessibility Guidelines (WCAG) of the W3C.
statement-done-id = what-we-did
statement-done = What we did on the site
statement-done-1 = Every page declares its language and its direction, so screen readers read it in the right language and direction.
statement-done-2 = Every page starts with a “Skip to main content” link. The whole site can be used with a keyboard alone, and the focused element has a clear outline.
statement-done-3 = Every page has one main heading and an orderly structure of headings, and its regions (header, navigation, content and footer) are marked so that assistive technologies recognise them.
statement-done-4 = The contrast between text and background meets level AA, in the light and in the dark display, which follows the device's settings.
statement-done-5 = The site adapts to small screens and to text enlarged in the browser, with no need to scroll sideways.
statement-done-6 = Videos do not play by themselves: the player loads only after it is clicked.
statement-done-7 = Wide tables scroll within their own frame, which the keyboard can reach too, and the checkboxes of lists have labels.
statement-done-8 = Search tells screen readers how many results were found, and the arrow keys move between the results.
statement-done-9 = Whoever asked their device to reduce motion sees no animations on the site.
statement-done-10 = The site's theme is checked automatically on every page against WCAG 2.1 level AA, on a phone-sized screen too.
statement-limits-id = known-limitations
statement-limits = What is not accessible yet
statement-limits-some = We keep improving the site, but some of its parts are not fully accessible yet:
statement-limits-none = We know of no part of the site that is not accessible. If you come across one, we would be very glad to hear of it.
statement-physical-id = physical-arrangements
statement-physical = Accessibility where we receive the public
statement-contact-id = accessibility-contact
statement-contact = Contacting us about accessibility
statement-contact-text = Did you meet a difficulty on the site, or do you have a suggestion? You can reach our accessibility coordinator:
statement-name = Name:
statement-phone = Phone:
statement-email = Email:
statement-help = To help us help you, please write on which page the problem was, what you tried to do and which browser or assistive technology you used.
statement-last-review = Date of the statement's last update:
