# رسائل `kb` بالعربية. كل معرّف هنا موجود أيضًا في `locales/en/kb.ftl` (يتحقق اختبار من ذلك).
# المتغيّرات: `$key` و`$path` وغيرها كلمات ومسارات كما كُتبت؛ `$count` يختار صيغة العدد (المفرد والمثنى والجمع).

## كيف تُعرض المشكلة

label-error = خطأ
label-warning = تحذير
label-hint = ما العمل
build-failed = { $count ->
    [zero] لم تُوجد أي مشكلة؛ لم يُكتب شيء.
    [one] وُجدت مشكلة واحدة؛ لم يُكتب شيء.
    [two] وُجدت مشكلتان؛ لم يُكتب شيء.
    [few] وُجدت { $count } مشكلات؛ لم يُكتب شيء.
    [many] وُجدت { $count } مشكلة؛ لم يُكتب شيء.
   *[other] وُجدت { $count } مشكلة؛ لم يُكتب شيء.
}
build-failed-warned = { $count ->
    [zero] لم يُوجد أي خطأ (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
    [one] وُجد خطأ واحد (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
    [two] وُجد خطآن (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
    [few] وُجدت { $count } أخطاء (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
    [many] وُجد { $count } خطأً (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
   *[other] وُجد { $count } خطأ (إضافةً إلى { $warnings })؛ لم يُكتب شيء.
}
did-you-mean = هل قصدتم `{ $name }`؟
one-of = الخيارات المتاحة هي: { $names }
count-pages = { $count ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
count-files = { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}
count-items = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
count-errors = { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
count-warnings = { $count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}

## الملفات والمجلدات

not-utf8 = الملف ليس محفوظًا بترميز `UTF-8` صالح
not-utf8-hint = احفظوا الملف بترميز `UTF-8` (في معظم المحررات: «حفظ باسم»، ثم «الترميز: `UTF-8`»)
file-unreadable = تعذّرت قراءة الملف: { $error }
config-unreadable = تعذّرت قراءة ملف إعدادات الموقع: { $error }
config-unreadable-hint = هل { $dir } مجلد موقع `kb`؟ يجب أن يكون فيه ملف `config.toml`
no-content = ليس في الموقع مجلد `content/`
no-content-hint = أنشئوا فيه ملفات على الشكل `content/<النوع>/<الاسم>.md`، مثل `content/articles/first.md`
unknown-type-folder = المجلد `{ $key }` ليس أحد أنواع المحتوى في الموقع
unknown-type-folder-hint = { $suggestion }؛ أو أضيفوا إلى `config.toml` الجدول `[types.{ $key }]` وفيه `name` و`plural`
misplaced-markdown = ملف `Markdown` هذا ليس في المكان الذي يبحث فيه `kb` عن العناصر
misplaced-markdown-hint = العناصر توضع في `content/<النوع>/<الاسم>.md` أو في `content/<النوع>/<الاسم>/index.md`، والصفحات في `content/<الاسم>.md`
url-taken = العنوان { $url } يستخدمه أيضًا { $other }
url-taken-hint = لا يمكن لعنصرين من النوع نفسه، أو لصفحتين، أن يشتركا في عنوان واحد: غيّروا اسم أحد الملفين أو اكتبوا في رأس الملف `slug = "..."`
alias-bad = لا يمكن كتابة العنوان القديم { $alias }: { $why }
alias-bad-hint = اكتبوا العنوان القديم مسارًا في الموقع، كما كان بعد اسم النطاق: `aliases = ["/old/path/"]`
alias-not-site-path = لا يبدأ بشرطة مائلة واحدة (/)
alias-query = فيه ? أو #، والخادم لا يبحث عنهما كملف أبدًا
alias-not-utf8 = البايتات المرمّزة بـ% فيه ليست نصًا بترميز `UTF-8`
alias-taken = العنوان القديم { $alias } هو أيضًا عنوان { $other }
alias-taken-hint = العنوان القديم يقود إلى صفحة واحدة فقط: احذفوه من `aliases` في إحداهما
alias-generated = العنوان القديم { $alias } هو عنوان صفحة يكتبها `kb` بنفسه (قائمة، وسم، البحث، الموجز...)
link-loops = هذا الرابط الرمزي يدور في حلقة: يعود إلى { $ancestor }، المجلد الذي يحتويه
link-loops-hint = وجّهوا الرابط إلى مجلد خارج مجلده، أو احذفوه
link-dangles = هذا الرابط الرمزي لا يقود إلى أي مكان: هدفه غير موجود
link-dangles-hint = وجّهوا الرابط إلى ملف أو مجلد موجود، أو احذفوه
link-outside = هذا الرابط الرمزي يقود إلى { $target }، خارج مجلد الموقع، و`kb` لا يقرأ من هناك (كي لا يُنشر ملف يخص شخصًا آخر)
link-outside-hint = انسخوا الملف إلى داخل الموقع بدل ربطه، أو، إن كان ذلك المجلد لكم وآمنًا، اسمحوا به في `config.toml`: `[security]` ثم `allow_links_to = ["<المجلد>"]`
not-a-file = هذا ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس)، و`kb` لا يقرأ منه
not-a-file-hint = احذفوه من مجلد الموقع، أو ضعوا مكانه ملفًا عاديًا
hidden-markdown = اسم الملف يبدأ بنقطة، لذلك يتخطاه `kb` ولا يظهر في الموقع
hidden-markdown-hint = لنشره، احذفوا النقطة من بداية اسمه؛ الملفات التي تبدأ أسماؤها بنقطة تبقى خارج الموقع

## ملف الإعدادات `config.toml`

type-key-reserved = مفتاح النوع `{ $key }` محجوز: في العنوان `/{ $key }/` صفحات يُنشئها `kb` بنفسه
type-key-reserved-hint = اختاروا مفتاحًا آخر، مثل `{ $key }-list`، وغيّروا اسم المجلد `content/{ $key }/` بما يتوافق معه
bad-type-key = مفتاح نوع المحتوى `{ $key }` لا يصلح أن يكون جزءًا من عنوان
bad-tag-key = مفتاح الوسم `{ $key }` لا يصلح أن يكون جزءًا من عنوان
bad-key-hint = اكتبوه بأحرف إنجليزية صغيرة وأرقام وشرطات، مثل `trust-building`؛ أما الاسم بالعبرية أو بالعربية فيُكتب في `name`
base-url-relative = العنوان `{ $url }` في `base_url` ليس عنوانًا كاملًا
base-url-relative-hint = اكتبوا العنوان الذي سيكون للموقع، مثل `base_url = "https://kb.example.org"`
base-url-override-relative = العنوان `{ $url }` المعطى في `--base-url` ليس عنوانًا كاملًا
base-url-override-relative-hint = أعطوا العنوان الذي سيكون لهذا البناء، مثل `--base-url https://kb.example.org/`
base-url-bad = العنوان في `base_url` (`{ $url }`) لا يمكن أن يكون عنوان الموقع: { $why }
base-url-override-bad = العنوان المعطى في `--base-url` (`{ $url }`) لا يمكن أن يكون عنوان الموقع: { $why }
url-why-query = فيه ? أو #، وعنوان الموقع مجلد تبدأ به كل الروابط
url-why-chars = فيه مسافة أو شرطة مائلة عكسية (\) أو محرف غير مرئي، وبسببها يذهب المتصفح إلى مكان آخر
url-why-dots = في مساره مجلد . أو ..
url-why-host = لا يذكر اسم خادم، أو فيه @ قبل اسم الخادم
og-image-bad = صورة معاينة الروابط (`og_image = "{ $url }"`) يجب أن تكون مسارًا في الموقع أو عنوانًا كاملًا
og-image-bad-hint = اكتبوا مثلًا `og_image = "/images/share.png"` (الملف `static/images/share.png`) أو `og_image = "https://example.org/share.png"`
menu-bad-characters = عنوان الرابط في قائمة التنقل (`{ $url }`) غير صالح: { $why }
paginate-zero = قيمة `paginate_by` يجب أن تكون 1 على الأقل
paginate-zero-hint = اكتبوا عدد العناصر التي تعرضها كل صفحة من صفحات القائمة، مثل `paginate_by = 20`
language-unknown = `{ $value }` ليس رمز لغة، و`kb` لا يعرف هل يُعرض الموقع من اليمين إلى اليسار
language-unknown-hint = اكتبوا رمز اللغة:
    language = "{ $code }"
language-table-bad = لا يمكن أن يكون `[languages.{ $code }]` لغةً من لغات الموقع: فهو ليس رمز لغة، أو هو لغة الموقع الافتراضية `{ $default }`
language-table-bad-hint = سمّوا كل لغة إضافية برمزها، مثل `[languages.ar]` أو `[languages.en]`؛ أما كلمات اللغة الافتراضية فتبقى في أعلى `config.toml`
language-unknown-type = في `[languages.{ $code }]` ذُكر النوع `{ $key }`، وهو غير معرَّف في الموقع
language-unknown-tag = في `[languages.{ $code }]` ذُكر الوسم `{ $key }`، وهو غير معرَّف في الموقع
language-unknown-key-hint = كل لغة تعطي أسماءها الخاصة لأنواع الموقع وأوسمته: عرّفوا المفتاح أولًا تحت `[types]` أو `[tags]`، أو صحّحوا كتابته
statement-needs = بيان الإتاحة ينقصه `{ $key }`
statement-needs-hint = أضيفوه تحت `[accessibility]`، مثل `{ $key } = { $example }`
last-review-not-date = `last_review` ليس تاريخًا: { $value }
last-review-not-date-hint = اكتبوا يوم المراجعة الأخيرة هكذا: `last_review = 2025-01-31`
statement-email = عنوان البريد الإلكتروني لمنسق/ة الإتاحة (`email`) ليس فيه @
statement-email-hint = اكتبوا العنوان الذي يراسله القرّاء، مثل `email = "access@example.org"`
menu-no-name = أحد روابط قائمة التنقل بلا اسم
menu-no-name-hint = اكتبوا الكلمات التي يراها القرّاء، مثل `name = "מי אנחנו"`
menu-bad-url = الرابط `{ $url }` في قائمة التنقل لا يقود إلى أي مكان يعرفه `kb`
menu-bad-url-hint = اكتبوا ملفًا من `content/` مثل `url = "@/about.md"`، أو مسارًا في الموقع مثل `url = "/tags/"`، أو عنوانًا كاملًا مثل `url = "https://example.org"`
theme-missing = سمة التصميم `{ $name }` غير موجودة في `themes/{ $name }/`
theme-missing-hint = احذفوا السطر `theme` لاستخدام التصميم المدمج في `kb`، أو أضيفوا مجلد سمة التصميم
no-statement = ليس للموقع بيان إتاحة
no-statement-hint = القانون في إسرائيل يُلزم الهيئات التي تقدّم خدمات للجمهور بنشر بيان كهذا: أضيفوا إلى `config.toml` الجدول `[accessibility]` وفيه `organization` و`coordinator` و`phone` أو `email` و`last_review` (انظروا `docs/guide.he.md`)، وسينشره `kb` في العنوان `/accessibility/`؛ أو اكتبوا بيانكم الخاص في `content/accessibility.md`

## رأس الملف (`front matter`)

front-matter-missing = الملف لا يبدأ برأس الملف: الأسطر الواقعة بين `+++` و`+++` في أعلاه
front-matter-missing-hint = ابدؤوا الملف بسطر `+++`، وبعده `title = "..."` و`date = 2024-01-31`، ثم سطر `+++` آخر
front-matter-open = رأس الملف يبدأ في السطر 1 بسطر `+++` ولا يُغلق
front-matter-open-hint = أضيفوا سطرًا فيه `+++` وحده بعد السطر { $last }، آخر سطر في رأس الملف
front-matter-yaml = رأس الملف هذا مكتوب بلغة `YAML` (بين سطرَي `---`)، و`kb` يقرأ `TOML` بين سطرَي `+++`
front-matter-yaml-hint = اكتبوه هكذا:
    { $toml }
language-name = `{ $value }` هو اسم اللغة لا رمزها؛ `kb` يقرؤه على أنه `{ $code }`
tag-key-hint = مفتاح الوسم يُكتب بأحرف لاتينية، واسمه بالعبرية أو بالعربية يُكتب في `name`؛ مثلًا:
    { $block }
quote-curly = في قيمة `{ $key }` علامات تنصيص منسّقة (“ ” „)، كما يكتبها معالج النصوص، و`kb` لا يعرف إلا علامات التنصيص المستقيمة
quote-curly-hint = اكتبوا السطر بعلامات تنصيص مستقيمة:
    { $fixed }
table-key-hebrew = في عنوان الجدول `{ $header }` أحرف عبرية بلا علامات تنصيص
table-key-hebrew-hint = المفتاح يُكتب بأحرف لاتينية وأرقام وشرطات، والاسم بالعبرية يُكتب داخل الجدول
unknown-key = `{ $key }` ليس من المفاتيح التي يعرفها `kb`
quote-in-word = في قيمة `{ $key }` علامة تنصيص داخل كلمة، وهي تُنهي النص قبل أوانه
quote-in-word-hint = اكتبوا بدلها علامة الاختصار العبرية ״ (غيرشاييم)، أو ضعوا القيمة كلها بين علامتي تنصيص مفردتين:
    { $fixed }
    { $single }
date-format = التاريخ في `{ $key }` غير مكتوب بالصيغة سنة-شهر-يوم: { $value }
date-format-hint = اكتبوا التاريخ هكذا ({ $spelled }):
    { $fixed }
date-invalid = التاريخ في `{ $key }` غير موجود في التقويم: { $value }
date-example-hint = اكتبوا التاريخ بالصيغة سنة-شهر-يوم، مثل `{ $key } = 2024-03-10`
wrong-type = قيمة `{ $key }` ليست من النوع الصحيح
wrong-type-hint = اكتبوها هكذا: { $fixed }
toml-syntax = هذا السطر غير مكتوب بالشكل الذي يقرأ به `kb` رأس الملف والإعدادات: كل سطر هو مفتاح = قيمة
toml-syntax-hint = النص يُكتب بين علامتي تنصيص، مثل `title = "מיפוי שותפים"`؛ والتاريخ بلا علامات تنصيص، مثل `date = 2024-03-10`
item-no-title = ليس للعنصر عنوان
item-no-title-hint = أضيفوا إلى رأس الملف سطرًا مثل `title = "מיפוי שותפים"`
item-no-date = ليس للعنصر تاريخ
item-no-date-hint = أضيفوا إلى رأس الملف سطرًا كهذا (سنة-شهر-يوم):
    date = 2024-03-10
unknown-tag = لا يوجد في الموقع وسم `{ $tag }`
unknown-tag-hint = { $suggestion }؛ الأوسمة معرَّفة في `[tags]` في الملف `config.toml`
tag-by-name-hint = «{ $name }» هو اسم الوسم؛ في `tags = [...]` اكتبوا مفتاحه: "{ $key }"
video-not-video = `{ $url }` ليس عنوان فيديو على `YouTube` أو `Vimeo`
video-not-video-hint = استخدموا رابطًا مثل `https://www.youtube.com/watch?v=VIDEO_ID` أو `https://vimeo.com/123456`
bad-slug = `{ $slug }` لا يصلح أن يكون جزءًا من عنوان
bad-slug-hint = اكتبوه بأحرف إنجليزية صغيرة وأرقام وشرطات، في اسم الملف أو في `slug = "..."`
page-no-title = ليس للصفحة عنوان
page-no-title-hint = أضيفوا إلى رأس الملف سطرًا مثل `title = "מי אנחנו"`
page-takes-listing = الصفحة ستأخذ العنوان `/{ $slug }/`، حيث يعرض `kb` قائمة { $slug }
page-takes-listing-hint = غيّروا اسم الملف أو اكتبوا في رأس الملف `slug = "..."` مختلفًا
page-item-key-hint = الصفحة (ملف موجود مباشرة في `content/`) لا تظهر في أي قائمة وليس لها `{ $key }`؛ لجعلها عنصرًا، انقلوها إلى `content/<النوع>/`

## الروابط والتضمينات

link-broken = رابط معطّل: `@/{ $target }` غير موجود
link-did-you-mean = هل قصدتم `@/{ $target }`؟ الرابط يذكر اسم الملف داخل `content/`، مثل `@/articles/backbone-roles.md`
link-hint = الرابط يذكر اسم الملف داخل `content/`، مثل `@/articles/backbone-roles.md`
anchor-broken = رابط معطّل: في `@/{ $target }` لا يوجد عنوان قسم معرّفه `{ $anchor }`
iframe-blocked = هذا الـ`<iframe>` سيبقى فارغًا: سياسة أمان المحتوى في الصفحات تحجب الإطارات القادمة من { $src }
iframe-blocked-inline = هذا الـ`<iframe>` سيبقى فارغًا: سياسة أمان المحتوى في الصفحات تحجب الإطارات المكتوبة داخل الصفحة نفسها
iframe-video-hint = بدل شيفرة التضمين، اكتبوا عنوان الفيديو وحده في سطر: { $url }
iframe-other-hint = لا يمكن تضمين إلا فيديوهات `YouTube` و`Vimeo`: اكتبوا عنوان الفيديو وحده في سطر؛ ولأي شيء آخر، ضعوا رابطًا إليه
script-blocked = هذا الـ`<script>` لن يعمل: سياسة أمان المحتوى في الصفحات ترفض السكربتات القادمة من { $src }
script-blocked-inline = هذا الـ`<script>` لن يعمل: سياسة أمان المحتوى في الصفحات ترفض السكربتات المكتوبة داخل الصفحة
script-blocked-hint = للفيديو، اكتبوا عنوانه على `YouTube` أو `Vimeo` وحده في سطر؛ وللاستمارة أو الخريطة أو أي أداة أخرى، ضعوا رابطًا إليها بدلًا من ذلك
html-removed-tag = أُزيل <{ $tag }> من الصفحة
html-removed-attribute = أُزيلت الخاصية { $attribute } من <{ $tag }>
html-removed-address = أُزيل العنوان { $address } من <{ $tag }>
html-removed-hint = لا يُدخل `kb` إلى المحتوى إلا `HTML` لا يشغّل أي شيفرة ولا يغيّر الصفحة من حوله؛ اكتبوه بـ`Markdown`، أو، إن كان كل كتّاب الموقع موثوقين، اكتبوا في `config.toml`: `[security]` ثم `trust_html = true`
html-unclosed-comment = تعليق لم يُغلق يُخفي كل ما بعده
html-unclosed-comment-hint = أغلقوا التعليق بـ`-->` أو احذفوا `<!--`
markdown-removed-address = أُزيل العنوان { $address } من الرابط: ليس عنوان صفحة أو موقع أو بريد إلكتروني أو هاتف
markdown-removed-address-hint = ضعوا رابطًا إلى صفحة في الموقع (`@/articles/x.md`)، أو إلى عنوان `https://…`، أو إلى `mailto:` أو `tel:`
heading-attributes-removed = أُزيلت خصائص العنوان { $attributes }: لا يمكن أن يكون للعنوان إلا معرّف (#معرّف) وأصناف (.صنف)
heading-attributes-removed-hint = اكتبوا مثلًا ## عنوان {"{"}#معرّف .صنف{"}"}
script-blocked-content = هذا الـ`<script>` كان سيعمل عند كل من يقرأ الصفحة: `kb` لا يُدخل أي سكربت إلى المحتوى

## الناتج

copy-replaces = هذا الملف سيحل محل { $path } الذي يُنشئه `kb`
copy-replaces-page = هذا الملف سيحل محل { $path } الذي يُنشئه `kb` (صفحة في الموقع)
copy-replaces-marker = هذا الملف سيحل محل { $path } الذي يُنشئه `kb` (سجل الملفات التي كتبها `kb`)
copy-replaces-search = هذا الملف سيحل محل { $path } الذي يُنشئه `kb` (كل ما تحت `search/` يكتبه `kb`)
copy-into-git = `kb` لا يكتب أبدًا داخل `.git/`، مستودع `git` الخاص بالناتج
path-empty-segment = في مسار الملف اسم فارغ (شرطتان مائلتان متتاليتان، أو شرطة مائلة في النهاية)
path-absolute = المسار يبدأ من جذر القرص، خارج مجلد الناتج
path-dots = في المسار جزء "." أو ".."، وهو يقود إلى خارج مجلده
path-backslash = في اسم الملف شرطة مائلة عكسية (\)، وهي تقود إلى خارج مجلده على `Windows` وعلى بعض الخوادم
path-control = في اسم الملف محرف غير مرئي ({ $code })
path-windows-char = في اسم الملف المحرف { $char }، الذي لا يسمح به `Windows` في أسماء الملفات
path-device = { $name } اسم يحجزه `Windows` للأجهزة: لا يمكن لأي ملف أن يحمله
path-trailing-dot = الاسم { $name } ينتهي بنقطة أو مسافة، و`Windows` يحذفهما دون أي تنبيه
path-hint = غيّروا اسم الملف إلى اسم من أحرف وأرقام وشرطات، مع نقطة قبل الامتداد فقط (مثل `map-2024.png`)؛ لم يكتب `kb` شيئًا
copy-clash-hint = غيّروا اسم { $source } أو احذفوه: `kb` يكتب { $path } بنفسه
copy-twice = هذا الملف والملف { $other } كلاهما سيُكتبان في { $path }
copy-twice-hint = غيّروا اسم أحدهما أو احذفوه
copy-is-folder = هذا الملف في المكان الذي يكتب فيه `kb` مجلدًا (فيه { $inside })
copy-inside-file = هذا الملف سيقع داخل { $file }، الذي يكتبه `kb` ملفًا
copy-move-hint = غيّروا اسم { $source } أو انقلوه
markup-runs-script = في هذا الملف سكربت (`<script>`، أو خاصية `on…`، أو عنوان `javascript:`) سيعمل عند كل من يفتحه
markup-runs-script-hint = احذفوا السكربت من الملف (صورة `SVG` لا تحتاج إليه)، أو، إن كان كل كتّاب الموقع موثوقين، اكتبوا في `config.toml`: `[security]` ثم `trust_html = true`
output-changed-by-hand = هذا الملف في مجلد الناتج تغيّر بعد أن كتبه `kb`، لذلك لم يستبدله `kb` ولم يحذفه
output-changed-by-hand-hint = `kb` يكتب مجلد الناتج من جديد في كل بناء: انقلوا تعديلكم إلى `static/{ $path }` (أو إلى مصدر الصفحة)، ثم احذفوا هذا الملف وابنوا الموقع من جديد

## القوالب

template-cycle = هذا القالب يوسّع نفسه: { $cycle }
template-cycle-hint = لا يمكن للقالب أن يوسّع إلا قالبًا آخر لا يعود إليه، مثل `base.html`
template-error = خطأ في القالب: { $detail }
template-error-hint = أصلحوا القالب؛ `kb` يذكر اسم القالب، ويذكر السطر أيضًا في أخطاء الصياغة

## `kb serve`

crash-rebuild = توقف `kb` فجأة أثناء إعادة البناء (خلل في `kb` نفسه)
crash-search = توقف `kb` فجأة أثناء تحديث فهرس البحث (خلل في `kb` نفسه)
crash-hint = احفظوا مرة أخرى لإعادة المحاولة، وأبلغونا بالرسالة أعلاه

## `kb new`

new-unknown-type = لا يوجد في الموقع نوع المحتوى `{ $kind }`
new-unknown-type-hint = أنواع المحتوى هي { $types }، أو `page` للصفحة (الجداول `[types.<المفتاح>]` في `config.toml`)
new-unknown-type-close-hint = هل قصدتم `{ $close }`؟ أنواع المحتوى هي { $types }، أو `page` للصفحة (الجداول `[types.<المفتاح>]` في `config.toml`)
new-page-bundle = الصفحة ملف واحد، لا مجلد
new-page-bundle-hint = احذفوا `--bundle`؛ ضعوا صور الصفحة في `static/` واربطوا إليها هكذا: `/images/x.png`
new-no-slug = لا توجد في العنوان `{ $title }` أحرف يمكن أن يُبنى منها عنوان على الموقع
new-slug-hint = اكتبوا العنوان على الموقع بأنفسكم، بأحرف إنجليزية صغيرة وأرقام وشرطات، مثل `--slug first-meeting`
new-page-takes-listing = صفحة في العنوان `/{ $slug }/` ستأخذ مكان قائمة يُنشئها `kb` بنفسه
new-other-slug-hint = اختاروا عنوانًا آخر عبر `--slug`
new-exists = هذا الملف موجود من قبل؛ `kb new` لا يكتب أبدًا فوق ملف موجود
new-exists-hint = عدّلوا الملف الموجود، أو اختاروا عنوانًا آخر عبر `--slug`

## الملخّصات

build-done = kb: بُني الموقع: { $what } (المجموع { $pages }، { $files }) خلال { $seconds } ثانية ← { $out }
summary-type = { $plural }: { $count }
count-standalone = { $count ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
count-html-pages = { $count ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
count-problems = { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}
count-changed-files = { $count ->
    [zero] لم يتغيّر أي ملف
    [one] تغيّر ملف واحد
    [two] تغيّر ملفان
    [few] تغيّرت { $count } ملفات
    [many] تغيّر { $count } ملفًا
   *[other] تغيّر { $count } ملف
}
output-unchanged = الناتج السابق، إن وُجد، بقي كما كان.
check-clean = `kb check`: لم تُوجد أي مشكلة (بعد فحص { $pages } في `content/`)
check-found = `kb check`: { $found } (بعد فحص { $pages } في `content/`)
serving = معاينة { $site } على العنوان { $url }
serve-built = kb: اكتمل بناء { $files } خلال { $ms } ملّي ثانية
serve-rebuilt = أُعيد البناء خلال { $ms } ملّي ثانية ({ $changed })
serve-showing-problems = kb: المعاينة تعرض هذه المشكلات إلى أن تُصلَح.
serve-still-serving = kb: ما زالت المعاينة تعرض آخر بناء سليم.
serve-no-browser = kb: تعذّر فتح المتصفح (لم ينجح { $opener })؛ افتحوا { $url } بأنفسكم
serve-watch-hint = التغييرات هناك لن يُعاد بناؤها تلقائيًا: أوقفوا المعاينة (`Ctrl+C`) ثم شغّلوها من جديد
overlay-heading = kb: فشلت إعادة البناء الأخيرة ({ $problems })؛ يُعرض آخر بناء سليم
overlay-warnings-heading = kb: بُني الموقع، ويُستحسن إصلاح ما فيه من { $warnings }
overlay-dismiss = إغلاق
overlay-region = مشكلات في الموقع

## `kb check`

site-link-broken = رابط معطّل: { $url } لا يقود إلى أي صفحة في الموقع
site-link-hint = اربطوا إلى صفحة أخرى بـ`@/` واسم ملفها داخل `content/`، مثل `[نص](@/articles/backbone-roles.md)`؛ هكذا يفحص `kb` الرابط ويُبقيه صحيحًا عندما تتغيّر العناوين
link-to-markdown-hint = الرابط إلى ملف `Markdown` يُكتب بـ`@/` ومسار الملف داخل `content/`، مثل `[نص](@/articles/backbone-roles.md)`
site-anchor-hint = المرساة بعد # هي عنوان قسم في تلك الصفحة: كلماته موصولة بشرطات، مثل `#מה-זה-ארגון-שדרה`
site-anchor-broken = رابط معطّل: في صفحة { $url } لا يوجد عنوان قسم معرّفه `{ $anchor }`
media-missing = الملف { $url } غير موجود
media-missing-hint = ضعوا { $name } بجانب العنصر (العنصر الذي معه ملفات هو مجلد: `content/<النوع>/<الاسم>/index.md` والملف بجانبه)، أو داخل `static/`، وهو مجلد يقدّم الموقع ملفاته دون `static/` في أولها: `static/images/{ $name }` هو `/images/{ $name }`؛ وتحققوا من تهجئة اسمه
media-missing-static-hint = العنوان { $url } يقود إلى الملف `static{ $url }` في الموقع: ضعوه هناك، أو تحققوا من تهجئة اسمه
link-to-preview = الرابط { $url } يقود إلى المعاينة على حاسوبكم، ولن يعمل في الموقع المنشور
link-to-preview-hint = اربطوا إلى الصفحة بـ`@/` واسم ملفها في `content/`، أو إلى العنوان داخل الموقع: { $path }
placeholder = ما زالت في `{ $key }` القيمة النموذجية التي كتبها `kb init`: { $value }
placeholder-hint = اكتبوا في `{ $key }` التفاصيل الحقيقية قبل نشر الموقع
image-no-alt = ليس للصورة { $url } نص بديل
image-no-alt-hint = صِفوا الصورة بين القوسين المربعين لمن لا يستطيع رؤيتها، مثل `![ثلاثة أشخاص حول طاولة](photo.jpg)`؛ وفي `HTML` اكتبوا `alt="..."`؛ والصورة الزخرفية فقط تأخذ `alt=""`
link-empty = الرابط إلى { $url } بلا نص
link-vague = نص الرابط «{ $text }» لا يقول إلى أين يقود
link-vague-hint = قارئات الشاشة تعرض الروابط حسب نصها: اكتبوا إلى أين يقود الرابط، مثل `[دليل القياس المشترك](@/tools/guide.md)`
heading-skip = عنوان من المستوى { $level } مباشرةً بعد عنوان من المستوى { $previous }
heading-skip-hint = مستويات العناوين تنزل درجةً درجة (عنوان الصفحة هو المستوى 1): اجعلوا هذا العنوان من المستوى { $level }، أي ابدؤوا سطره هكذا:
    { $hashes } العنوان
captions-unsaid = هذا العنصر يعرض فيديو لكنه لا يذكر هل للفيديو ترجمة نصية
captions-unsaid-hint = معيار الإتاحة يتطلب ترجمة نصية: أضيفوا `captions = true` إلى رأس الملف إن كانت للفيديو ترجمة نصية، أو `captions = false` إلى أن تصبح له
captions-missing = لا توجد ترجمة نصية لفيديو هذا العنصر (`captions = false`)
captions-missing-hint = أضيفوا ترجمة نصية (يستطيع `YouTube` و`Vimeo` إنشاءها لكم، فراجعوها)، ثم اكتبوا `captions = true`
item-no-tags = ليس لهذا العنصر أوسمة، لذلك لا تعرضه أي صفحة وسم
item-no-tags-hint = أضيفوا أوسمة من `[tags]` في `config.toml`، مثل: tags = ["backbone"]
tag-unused = الوسم `{ $key }` ({ $name }) ليس عليه أي عنصر
tag-unused-hint = ضعوا هذا الوسم على بعض العناصر، أو احذفوه من `config.toml`
summary-long = عدد محارف الملخص { $count }، ومعاينات الروابط تقتطعه
summary-long-hint = اختصروا الملخص بحيث لا يتجاوز { $limit } محرفًا، كي يظهر كاملًا عند مشاركة الصفحة
image-heavy = حجم هذه الصورة { $size } ميغابايت، وستُحمَّل ببطء على الهاتف
image-heavy-hint = احفظوها بحجم أصغر (أقل من 1 ميغابايت: عرض نحو 1600 بكسل، بصيغة `JPEG` أو `WebP`)
external-broken = رابط معطّل: { $url } ردّ بالرمز { $status } (لا توجد صفحة كهذه)
external-broken-hint = ابحثوا عن العنوان الجديد للصفحة، أو احذفوا الرابط
external-status = الرابط { $url } ردّ بالرمز { $status }
external-status-hint = ربما يكون الموقع متوقفًا لبعض الوقت: تحققوا مرة أخرى لاحقًا، وحدّثوا الرابط إن بقي الحال كذلك
external-redirect = الرابط { $url } انتقل إلى عنوان آخر ({ $status })
external-redirect-hint = اربطوا إلى العنوان الجديد: { $location }
external-timeout = الرابط { $url } لم يردّ خلال { $seconds } ثانية
external-unreachable = تعذّر الوصول إلى الرابط { $url }

## سطر الأوامر (`kb --help`)

cli-template = { "{" }about{ "}" }

    الاستخدام: { "{" }usage{ "}" }

    { "{" }all-args{ "}" }
cli-commands = الأوامر
cli-command = الأمر
cli-arguments = الوسائط
cli-options = الخيارات
cli-help = عرض المساعدة
cli-version = عرض الإصدار
cli-lang = لغة رسائل `kb`: `he` أو `ar` أو `en` (الافتراضي: لغة الموقع؛ متغير البيئة `KB_LANG`)
cli-kb = مولّد مواقع ثابتة لقواعد المعرفة بالعبرية
cli-init = إنشاء موقع جديد بالعبرية، جاهز للبناء، في مجلد جديد أو فارغ
cli-init-dir = المجلد الذي يُنشأ فيه الموقع (الافتراضي: المجلد الحالي)
cli-init-github-pages = كتابة الملف `.github/workflows/pages.yml` أيضًا، لنشر الموقع على `GitHub Pages`
cli-new = إنشاء عنصر جديد (أو صفحة) مع رأس ملف معبّأ
cli-new-kind = مفتاح نوع من `config.toml` (مثل `articles`)، أو `page` لصفحة مثل «من نحن»
cli-new-title = العنوان، بالعبرية؛ ومنه يُكتب اسم الملف بأحرف لاتينية
cli-new-slug = عنوان العنصر الجديد على الموقع، بدل العنوان المشتق من عنوانه الرئيسي
cli-new-bundle = عنصر في مجلد خاص به: `<الاسم>/index.md`، مع مكان للصور بجانبه
cli-site-dir = مجلد الموقع، الذي فيه `config.toml` و`content/` (الافتراضي: المجلد الحالي)
cli-build = بناء الموقع في مجلد من الملفات الثابتة
cli-build-output-dir = مجلد الناتج (الافتراضي: `SITE_DIR/public`)
cli-drafts = تضمين العناصر المعلَّمة بـ`draft = true`
cli-build-base-url = استخدام عنوان الأساس هذا بدل العنوان الذي في `config.toml`
cli-build-timings = عرض الوقت الذي استغرقته كل مرحلة من مراحل البناء
cli-build-git-dates = أخذ تاريخ تحديث كل عنصر من آخر إيداع (`commit`) لملفه في `git`
git-dates-no-repository = طُلبت تواريخ من `git`، لكن مجلد الموقع ليس في مستودع `git` (أو أن `git` غير مثبّت)
git-dates-no-repository-hint = التواريخ تؤخذ من رؤوس الملفات فقط؛ لاستخدام `git`، ابنوا الموقع من نسخة مستنسخة من المستودع
git-dates-shallow = المستودع نسخة سطحية (`shallow clone`): `git` لا يعرف إلا أحدث الإيداعات، لذلك تحصل الملفات الأقدم على تواريخ متأخرة أكثر من اللازم أو لا تحصل على تاريخ
git-dates-shallow-hint = في `GitHub Actions` أعطوا `actions/checkout` القيمة `fetch-depth: 0`؛ وفي سطر الأوامر: `git fetch --unshallow`
cli-check = فحص الموقع دون كتابته: كل ما يفحصه `kb build`، إضافةً إلى الروابط والصور والنص البديل والعناوين والترجمة النصية والأوسمة
cli-check-external = جلب الروابط إلى مواقع أخرى أيضًا والإبلاغ عن التي لا تعمل
cli-check-strict = الفشل (رمز الخروج 1) عند التحذيرات أيضًا
cli-serve = معاينة الموقع: بناؤه في الذاكرة وتقديمه، ثم إعادة بنائه وإعادة تحميل الصفحات المفتوحة عند كل حفظ
cli-serve-port = المنفذ الذي يُستمع عليه؛ 0 يختار منفذًا حرًا (الافتراضي: 1111)
cli-serve-bind = العنوان الذي يُستمع عليه (الافتراضي: 127.0.0.1، الذي يُبقي المعاينة على هذا الحاسوب)
cli-serve-open = فتح المعاينة في المتصفح الافتراضي

## أخطاء سطر الأوامر

cli-unknown-command = `{ $name }` ليس أمرًا من أوامر `kb`
cli-did-you-mean = هل قصدتم `{ $close }`؟ الشرح الكامل: `{ $help }`
cli-commands-hint = أوامر `kb` هي { $names }؛ وقائمتها الكاملة: `kb --help`
cli-unknown-option = ليس لهذا الأمر خيار `{ $name }`
cli-extra-argument = `kb` لا يعرف ماذا يفعل بـ`{ $name }`
cli-usage-hint = ما يأخذه الأمر: `{ $help }`
cli-port-hint = المنفذ رقم من 1 إلى 65535 (أو 0، الذي يختار منفذًا حرًا)، مثلًا:
    kb serve --port 1112
cli-arg-kind = نوع المحتوى (مثل `articles`)
cli-arg-title = العنوان
cli-arg = `{ $name }`
cli-missing-argument = ينقص الأمرَ: { $names }
cli-new-example = اكتبوا نوع المحتوى والعنوان، والعنوان بين علامتي تنصيص:
    kb new articles "عنوان المقال"
cli-bad-value = `{ $value }` ليست قيمة يقبلها `{ $name }`
cli-valid-values = القيم المتاحة هي: { $names }
cli-unreadable = `kb` لم يفهم سطر الأوامر

## إخفاقات توقف الأمر

not-a-site = ليس في { $dir } ملف `config.toml`، لذلك فهو ليس موقع `kb`
not-a-site-hint = انتقلوا إلى مجلد الموقع (`cd`)، أو اكتبوا مساره بعد الأمر، مثل `kb build my-site`؛ ولإنشاء موقع جديد: `kb init my-site`
io-failed = { $what }: { $reason }
io-read = تعذّرت قراءة { $path }
io-read-folder = تعذّرت قراءة المجلد { $path }
io-write = تعذّرت كتابة { $path }
io-create = تعذّر إنشاء { $path }
io-create-folder = تعذّر إنشاء المجلد { $path }
io-remove = تعذّر حذف { $path }
io-move = تعذّر نقل { $from } إلى { $to }
io-lock = تعذّر قفل { $path }
io-open-site = تعذّر فتح مجلد الموقع { $path }
io-listen = تعذّر الاستماع على العنوان { $address }
io-watch = تعذّرت مراقبة التغييرات في { $path }
io-threads = تعذّر تشغيل الخيوط التي يحتاج إليها `kb`
io-server-stopped = توقف خادم المعاينة
io-not-found = لا يوجد ملف أو مجلد كهذا
io-not-found-hint = تحققوا من المسار ومن تهجئته
io-permission = لا توجد صلاحية
io-permission-hint = تحققوا من أن لديكم صلاحية القراءة والكتابة في هذا المجلد، أو اختاروا مجلدًا آخر
io-read-only = هذا القرص للقراءة فقط
io-full = القرص ممتلئ
io-full-hint = أفرغوا بعض المساحة على القرص وشغّلوا الأمر من جديد
io-not-folder = جزء من المسار ملف وليس مجلدًا
io-is-folder = هذا مجلد وليس ملفًا
io-exists = يوجد ملف هناك من قبل
io-exists-hint = احذفوه أو اختاروا اسمًا آخر
io-port-taken = هذا المنفذ مشغول: برنامج آخر يستمع عليه (ربما `kb serve` آخر ما زال يعمل)
io-port-taken-hint = أغلقوا البرنامج الآخر، أو اختاروا منفذًا آخر، مثلًا:
    kb serve --port 1112
io-address = هذا العنوان لا يخص هذا الحاسوب
io-address-hint = أبقوا القيمة الافتراضية (127.0.0.1)، أو أعطوا `--bind` عنوانًا لهذا الحاسوب
io-other = أبلغ نظام التشغيل عن خطأ (الرمز { $code })
io-other-hint = حاولوا مرة أخرى؛ وإن تكرّر ذلك، أبلغونا بهذه الرسالة
init-not-empty = المجلد { $dir } ليس فارغًا (فيه { $found })؛ `{ $command }` لا يكتب إلا في مجلد جديد أو فارغ، كي لا يحل محل أي شيء يخصكم
init-not-empty-hint = أنشئوا الموقع في مجلد جديد:
    { $command } my-site

## `kb init` و`kb new`

init-done = أُنشئ موقع جديد في { $dir } ({ $files }).
init-next = ما التالي:
init-step-cd = {"  "}1. انتقلوا إلى المجلد:
    {"       "}cd { $dir }
init-step-here = {"  "}1. ابقوا في هذا المجلد.
init-step-serve = {"  "}2. عاينوا الموقع:
    {"       "}kb serve --open
init-step-config = {"  "}3. املؤوا في `config.toml` اسم الموقع و`base_url` وبيان الإتاحة (`[accessibility]`)
init-step-new = {"  "}4. اكتبوا عنصرًا جديدًا:
    {"       "}kb new articles "عنوان المقال"
init-step-build = {"  "}5. ابنوا الموقع للنشر (الناتج في `public/`):
    {"       "}kb build
init-pages = النشر على `GitHub Pages`: قبل الدفع (`push`) الأول، افتحوا على `GitHub` الإعدادات `Settings → Pages → Source: GitHub Actions`؛
    ومن بعدها يفحص كل دفع إلى الفرع `main` الموقع وينشره (`.github/workflows/pages.yml`، مع `kb { $version }`).
init-publishing = دليل النشر (`GitHub Pages`، `Netlify`، `Cloudflare Pages`، استضافة مشتركة): { $home }/blob/main/docs/publishing.md
init-guide = دليل الكتّاب، بالعبرية: { $home }/blob/main/docs/guide.he.md
new-done = أُنشئ { $path }
    عنوانه على الموقع: { $url }
    افتحوه في المحرر، واكتبوا، وشاهدوا النتيجة في `kb serve`.

## مجلد الناتج

output-holds-site = يرفض `kb` كتابة الموقع في { $out }: فيه ملفات الموقع نفسه، والبناء سيحل محلها
output-holds-site-hint = اختاروا مجلد ناتج مستقلًا، مثل `-o { $public }`
output-in-source = يرفض `kb` كتابة الموقع في { $out }: إنه داخل المجلد `{ $source }/` الخاص بالموقع
output-in-source-hint = اختاروا مجلد ناتج خارج `{ $source }/`، مثل `public/`، وهو المجلد الافتراضي
output-is-file = يرفض `kb` كتابة الموقع في { $out }: إنه ملف
output-is-root = يرفض `kb` كتابة الموقع في { $out }: إنه جذر القرص
output-is-file-hint = اختاروا مجلدًا
output-foreign = يرفض `kb` الكتابة في { $out }: لم يبنِ `kb` فيه من قبل (ليس فيه ملف { $marker }) وفيه { $name }
output-foreign-hint = اختاروا مجلدًا جديدًا أو فارغًا (لا بأس إن لم يكن فيه إلا { $kept })، أو أفرغوا هذا المجلد بأنفسكم إن كنتم متأكدين
output-busy = عملية بناء أخرى من `kb` تكتب في { $out } (مجلد العمل المؤقت الخاص بها: { $staging })
output-busy-now = عملية بناء أخرى من `kb` تكتب في { $out } الآن
output-bad-path = يرفض `kb` كتابة { $path }: { $why }
output-busy-hint = انتظروا حتى تنتهي، ثم ابنوا الموقع من جديد
output-none-before = لم يكن هناك مجلد ناتج قبل هذا البناء، ولا يوجد الآن أيضًا.
output-kept = لم يتغيّر شيء: الناتج السابق في { $out } بقي كما كان.
output-put-back = أعاد `kb` كل ما غيّره: الناتج السابق في { $out } بقي كما كان.
output-not-put-back = لم يتمكن `kb` من إعادة كل شيء في { $out }؛ كل ملف غير مذكور هنا بقي كما كان.
    من هذا البناء: { $new }
    ناقصة (النسخ السابقة في { $old }): { $missing }
    مجلدات وملف السجل لم تُعَد: { $other }
output-not-kbs = { $path } لم يكتبه `kb`، و{ $why }
output-not-kbs-hint = `kb` لا يحل أبدًا محل ما لم يكتبه: انقلوا { $path } أو احذفوه (فيكتب `kb` ملفه مكانه)، أو غيّروا اسم ما يكتبه الموقع هناك (ملف في `static/` أو في مجلد عنصر)
output-needs-folder = `kb` يحتاج إلى مجلد هناك
output-would-replace = هذا البناء كان سيحل محله
output-file-over-folder = هذا البناء يكتب ملفًا في المكان الذي يوجد فيه مجلده { $folder }
io-copy = تعذّر الاحتفاظ بنسخة من { $from } في { $to }
marker-foreign = { $marker } لم يكتبه `kb`: مذكور فيه `{ $entry }`، { $why }
marker-foreign-hint = `kb` لا يستبدل ولا يحذف إلا ما يذكره سجله، لذلك لن يبني في هذا المجلد. إن كان هذا المجلد مجلد ناتج `kb`، فاحذفوا { $marker } والملفات التي كتبها `kb` (أبقوا `.git` و`CNAME` وملفاتكم) وابنوا الموقع من جديد؛ أو ابنوه في مجلد آخر عبر `-o`
marker-not-file = وهو ليس ملفًا يكتبه `kb`
marker-not-line = وهو ليس سطرًا يكتبه `kb`
marker-absolute = وهو مسار مطلق، خارج مجلد الناتج
marker-leads-out = وهو مسار يقود إلى خارج مجلد الناتج
marker-not-path = وهو ليس مسارًا يكتبه `kb`
marker-in-git = وهو داخل `.git/`، حيث لا يكتب `kb` أبدًا
marker-itself = وهو ملف السجل نفسه
marker-through-link = وهو رابط رمزي أو مسار يمر عبر رابط كهذا، و`kb` لا يُنشئ مثله أبدًا، وقد يقود إلى خارج مجلد الناتج

## أخطاء القوالب

template-variable = القالب يستخدم متغيرًا غير موجود: `{ $name }`
template-variable-hint = تحققوا من تهجئة `{ $name }`؛ والقيمة التي تغيب أحيانًا تُكتب مع قيمة افتراضية:
    { "{{" } { $name } | default(value="") { "}}" }
template-filter = لا يوجد مرشّح `{ $name }`
template-function = لا توجد دالة `{ $name }`
template-test = لا يوجد اختبار `{ $name }`
template-filter-failed = المرشّح `{ $name }` لم يتمكن من قراءة القيمة التي أُعطيت له
template-name-hint = تحققوا من تهجئة `{ $name }` في هذا السطر؛ المرشّحات هي مرشّحات `Tera` و`hebrew_date`، الذي يأخذ تاريخًا مثل 2024-03-01
template-syntax = القالب غير مكتوب بصيغة يقرؤها `Tera`
template-syntax-hint = تحققوا من أن كل { "{{" } يُغلق بـ{ "}}" }، وكل { "{%" } بـ{ "%}" }، وكل `{ "{%" } if { "%}" }` أو `for` بـ`endif` أو `endfor`
template-missing = لا يوجد قالب `{ $name }`
template-missing-hint = تحققوا من الاسم بعد `extends` أو `include`: القوالب موجودة في `templates/` الخاص بالموقع أو بسمة التصميم
## `kb import wordpress`
import-broken-xml = ملف التصدير هذا ليس `XML` سليمًا: { $error }
import-not-wordpress = هذا الملف ليس ملف تصدير من `WordPress` (ملف `RSS` فيه `wp:wxr_version`)
import-export-hint = صدّروا الموقع من جديد في `WordPress` (أدوات ← تصدير ← كل المحتوى) وأعطوا `kb` ذلك الملف؛ لم يُكتب شيء
import-map-unreadable = تعذّرت قراءة ملف التعيين: { $error }
import-map-bad-type = { $key } لا يصلح مفتاحًا لنوع: المفاتيح تُكتب بأحرف لاتينية صغيرة وأرقام وشرطات، ولا تكون `tags` أو `search` أو `page` أو `skip`
import-map-unknown-type = { $key } ليس من الأنواع المذكورة في `[types]` في ملف التعيين
import-map-unknown-type-hint = أضيفوا `[types.{ $key }]` وفيه `name` و`plural`، أو اكتبوا هناك أحد مفاتيح الأنواع
import-untitled = (بلا عنوان)
import-skip-attachment = مرفق: ملفه يُنسخ إلى حيث يعرضه المنشور
import-skip-menu-item = بند في قائمة التنقل
import-skip-revision = نسخة سابقة (مراجعة)، لم تُستورد
import-skip-internal = { $type } خاص بـ`WordPress` نفسه، وليس محتوى: لم يُستورد
import-skip-trash = في سلة المهملات: لم يُستورد
import-skip-auto-draft = مسودة تلقائية: لم تُستورد
import-skip-status = في حالة لا يعرفها `kb`: لم يُستورد
import-skip-password = محمي بكلمة مرور: لم يُستورد (الاستيراد مع `--drafts` يحفظه مع `draft = true`)
import-skip-draft = { $type } في حالة مسودة أو قيد المراجعة أو خاص أو مجدول: لم يُستورد (الاستيراد مع `--drafts` يحفظه مع `draft = true`)
import-skip-unmapped = من نوع المنشورات { $type }، الذي لا يذكره ملف التعيين: لم يُستورد
import-skip-mapped = من نوع المنشورات { $type }، الذي يتخطاه ملف التعيين
import-report-other-menus = قوائم تنقل أخرى، لم تُستورد (في `kb` قائمة تنقل رئيسية واحدة): { $names }
import-featured-image = صورته البارزة { $what } لم تُستورد: ليس لعناصر `kb` صورة بارزة (ضعوها في متن النص إن كانت مهمة)
import-kept = { $what } بقي نصًا كما هو: `kb` لا يستطيع تحويله
import-missing-file = الملف { $what } ليس في `--uploads`: بقي العنوان كما كان
import-link-to-draft = رابط إلى منشور غير منشور ({ $what }) بقي كما كان
import-anchor-dropped = الرابط { $what } يقود إلى المنشور دون مرساته (#): `kb` يعطي العناوين معرّفات خاصة به
import-alias-query = عنوانه القديم { $path } فيه استعلام (?)، ولا يمكن لأي استضافة ثابتة أن تعيد التوجيه منه: الروابط القديمة إليه ستتوقف عن العمل (الروابط الدائمة المقروءة في `WordPress` كانت ستتجنب ذلك)
import-alias-invalid = عنوانه القديم { $path } لا يمكن أن يكون ملفًا في الناتج (مجلد فارغ أو . أو ..، أو محرف يرفضه `Windows`): لا إعادة توجيه منه
import-alias-dropped = عنوانه القديم { $path } تشغله صفحة جديدة أو منشور آخر: لا إعادة توجيه منه
import-menu-entry-skipped = بند في قائمة التنقل لا يستطيع `kb` وضعه (متداخل، أو يقود إلى شيء لم يُستورد): ليس في قائمة التنقل الرئيسية
import-report-title = `kb import wordpress`: تقرير الاستيراد
import-report-items = استُورد: { $counts }؛ { $drafts ->
    [zero] وليس بينها أي مسودة
    [one] منها مسودة واحدة
    [two] منها مسودتان
    [few] منها { $drafts } مسودات
    [many] منها { $drafts } مسودة
   *[other] منها { $drafts } مسودة
}
import-report-tags = { $count ->
    [zero] لا أوسمة
    [one] وسم واحد
    [two] وسمان
    [few] { $count } أوسمة
    [many] { $count } وسمًا
   *[other] { $count } وسم
} في معجم الأوسمة
import-report-menu = قائمة التنقل "{ $name }" أصبحت قائمة التنقل الرئيسية ({ $count ->
    [zero] بلا بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
})
import-report-aliases = { $count ->
    [zero] لا عنوان قديم يعيد التوجيه
    [one] عنوان قديم واحد يعيد التوجيه
    [two] عنوانان قديمان يعيدان التوجيه
    [few] { $count } عناوين قديمة تعيد التوجيه
    [many] { $count } عنوانًا قديمًا يعيد التوجيه
   *[other] { $count } عنوان قديم يعيد التوجيه
} إلى الصفحات الجديدة
import-report-files = { $count ->
    [zero] لم يُنسخ أي ملف مرفوع
    [one] نُسخ ملف مرفوع واحد
    [two] نُسخ ملفان مرفوعان
    [few] نُسخت { $count } ملفات مرفوعة
    [many] نُسخ { $count } ملفًا مرفوعًا
   *[other] نُسخ { $count } ملف مرفوع
} إلى `static/wp-content/uploads/`
import-report-embeds = { $count ->
    [zero] لم يُحوَّل أي مقطع فيديو مضمَّن
    [one] حُوِّل مقطع فيديو مضمَّن واحد إلى سطر فيديو
    [two] حُوِّل مقطعا فيديو مضمَّنان إلى سطرَي فيديو
    [few] حُوِّلت { $count } مقاطع فيديو مضمَّنة إلى أسطر فيديو
    [many] حُوِّل { $count } مقطع فيديو مضمَّنًا إلى أسطر فيديو
   *[other] حُوِّل { $count } مقطع فيديو مضمَّن إلى أسطر فيديو
}
import-report-comments = { $count ->
    [zero] لم يُحصَ أي تعليق
    [one] أُحصي تعليق واحد، ولم يُستورد
    [two] أُحصي تعليقان، ولم يُستورد أي منهما
    [few] أُحصيت { $count } تعليقات، ولم يُستورد أي منها
    [many] أُحصي { $count } تعليقًا، ولم يُستورد أي منها
   *[other] أُحصي { $count } تعليق، ولم يُستورد أي منها
}
import-report-not-converted = ما لم يُحوَّل ({ $count }):
import-report-entry = "{ $title }" (المعرّف { $id }): { $what }
import-done = kb: الموقع في { $site }؛ والتقرير في { $report }. الخطوة التالية: `kb build { $site }`
cli-import = نقل موقع إلى `kb` من نظام آخر
cli-wordpress = تحويل ملف تصدير من `WordPress` (أدوات ← تصدير) إلى موقع `kb`، مع إعادة توجيه كل عنوان قديم إلى صفحته الجديدة
cli-wordpress-export = ملف التصدير (`WXR`، `.xml`)
cli-wordpress-site-dir = المجلد الذي يُنشأ فيه الموقع: جديد أو فارغ
cli-wordpress-uploads = مجلد `wp-content/uploads` الخاص بالموقع، لنسخ الصور والملفات منه
cli-wordpress-map = ملف `import.toml` معدَّل: إلى أين يذهب كل نوع منشورات وكل تصنيف
cli-wordpress-drafts = استيراد المسودات والمنشورات قيد المراجعة والخاصة والمجدولة أيضًا، مع `draft = true`
cms-backend-unknown = في `[cms]` مكتوب `backend = "{ $backend }"`، وهي خدمة لا يعرفها `kb`
cms-backend-unknown-near-hint = هل قصدتم `backend = "{ $near }"`؟
cms-backend-unknown-hint = اكتبوا الخدمة التي يوجد عليها مستودع الموقع، وهي واحدة من: `{ $backends }`
cms-repo-bad = المستودع في `[cms]` (`repo = "{ $repo }"`) يجب أن يُكتب بالصيغة `المالك/الاسم`
cms-repo-bad-hint = اكتبوا اسم المؤسسة أو المستخدم واسم المستودع كما يظهران في عنوانه، مثل `repo = "my-org/kb-site"`
cms-script-bad = سكربت المحرر (`script = "{ $script }"`) يجب أن يبدأ بـ`https://` أو أن يكون مسارًا في الموقع
cms-script-bad-hint = احذفوا السطر لاستخدام النسخة المثبّتة (`{ $default }`)، أو أعطوا مسار نسختكم الخاصة تحت `static/`، مثل `script = "/vendor/decap-cms.js"`
cms-media-folder-bad = مجلد صور المحرر (`media_folder = "{ $folder }"`) يجب أن يكون مجلدًا تحت `static/`
cms-media-folder-bad-hint = اكتبوا مثلًا `media_folder = "static/media"`: الصور المرفوعة في المحرر تُحفظ هناك وتُعرض في `/media/`
cms-address-bad = `{ $key }` في `[cms]` (`{ $value }`) يجب أن يكون عنوانًا كاملًا يبدأ بـ`https://`
cms-address-bad-hint = انسخوا العنوان الكامل للخدمة، مثل `{ $key } = "https://auth.example.org"`
cms-page-title = تحرير المحتوى · { $site }
cms-loading = المحرر قيد التحميل…
cms-no-script = لتحرير الموقع في المتصفح يجب السماح بتشغيل السكربتات فيه.
cms-config-header = يكتب `kb` هذا الملف من جديد من `config.toml` في كل بناء: عدّلوا `config.toml`، لا هذا الملف.
cms-pages = الصفحات
cms-page = صفحة
cms-intros = المقدّمات
cms-home-intro = مقدّمة الصفحة الرئيسية
cms-listing-intro = مقدّمة القائمة: { $plural }
cms-field-title = العنوان
cms-field-title-hint = كما يراه القرّاء في أعلى الصفحة وفي نتائج البحث
cms-field-date = التاريخ
cms-field-date-hint = تاريخ النشر
cms-field-summary = الملخص
cms-field-summary-hint = جملة أو جملتان تظهران في القوائم وفي البحث وفي معاينة الرابط عند مشاركته
cms-field-tags = الأوسمة
cms-field-tags-hint = اختاروا من القائمة؛ الأوسمة الجديدة تُضاف في `config.toml`
cms-field-authors = الكتّاب
cms-field-authors-hint = اسم واحد في كل سطر
cms-field-editors = المحررون
cms-field-editors-hint = من حرّروا العنصر، اسم واحد في كل سطر
cms-field-video = عنوان الفيديو
cms-field-video-hint = عنوانه على يوتيوب أو فيميو؛ المشغّل لا يُحمَّل إلا بعد النقر
cms-field-captions = فيه ترجمة نصية
cms-field-captions-hint = ضعوا علامة إن كانت للفيديو ترجمة نصية: الإتاحة تتطلبها
cms-field-updated = حُدِّث في
cms-field-updated-hint = املؤوه عندما يتغيّر المحتوى تغييرًا جوهريًا
cms-field-draft = مسودة
cms-field-draft-hint = المسودة لا تُنشر إلى أن تُزال هذه العلامة
cms-field-slug = العنوان على الموقع (بأحرف لاتينية)
cms-field-slug-hint = يمكن تركه فارغًا: يُكتب العنوان بأحرف لاتينية من عنوان الصفحة، مثل `mifui-shutfim`
cms-field-aliases = العناوين السابقة
cms-field-aliases-hint = عناوين قديمة تقود إلى هنا، مثل `/old-post/`
cms-field-body = المحتوى
cms-field-body-hint = عناوين الأقسام والقوائم والجداول والروابط؛ عنوان فيديو على يوتيوب في سطر وحده يصبح مشغّلًا
cms-slug-pattern = أحرف لاتينية صغيرة وأرقام وشرطات فقط
cms-video-pattern = عنوان فيديو على يوتيوب أو فيميو
init-cms = المحرر في المتصفح: شغّلوا `kb serve` وافتحوا `/admin/` (اكتبوا اسم المستودع تحت `[cms]` في `config.toml` قبل النشر؛ انظروا `docs/cms.md`)
cli-init-cms = يضيف إلى `config.toml` الجدول `[cms]` للمحرر في المتصفح على `/admin/`، مع الخدمة التي يُحفظ عليها الموقع
