# The default theme's own words in Arabic (templates call tr(id=..., lang=site.language)).
tags-title = الوسوم
search-title = بحث
statement-title = بيان إتاحة الوصول
statement-description = بيان إتاحة الوصول لموقع { $site }: ما الذي فعلناه في الموقع، وما الذي لم يصبح متاحًا بعد، وكيف تتواصلون مع منسّق الإتاحة.
not-found-title = الصفحة غير موجودة
page-number = صفحة { $number }
skip-link = تخطَّ إلى المحتوى الرئيسي
search-label = البحث في المكتبة
search-placeholder = بحث…
main-nav = التصفح الرئيسي
languages-nav = اللغات
home = الصفحة الرئيسية
all-tags = كل الوسوم
atom-feed = التحديثات عبر موجز <span lang="en" dir="ltr">Atom</span>
write-to-us = راسلونا
not-found-lead = ربما تغيّر العنوان، أو نُقلت الصفحة، أو وقع خطأ مطبعي في الرابط.
not-found-search = البحث من صفحة الخطأ
not-found-search-label = يمكنكم البحث في المكتبة عمّا كنتم تبحثون عنه:
not-found-or = أو المتابعة من أحد هذه الأماكن:
to-home = إلى الصفحة الرئيسية
content-types = أنواع المحتوى
items-word = مواد
latest = جديد المكتبة
topics = مواضيع
to-all-tags = إلى كل الوسوم
item-count = { $count ->
    [zero] لا توجد مواد
    [one] مادة واحدة
    [two] مادتان
    [few] { $count } مواد
   *[other] { $count } مادة
}
tag-item-count = { $count ->
    [0] لا توجد مواد بعد
    [one] مادة واحدة
    [two] مادتان
    [few] { $count } مواد
   *[other] { $count } مادة
}
page-of = صفحة { $number } من { $total }
no-items-of-type = لا توجد بعد مواد من هذا النوع.
pages-in-type = صفحات قائمة { $name }
breadcrumb = موقعك في الموقع
crumb-home = الرئيسية
tag-kicker = وسم
facets = التصفية حسب النوع
all-facet = الكل
no-items-with-tag = لا توجد بعد مواد بهذا الوسم.
pages-in-tag = صفحات الوسم { $name }
topic-count = { $count ->
    [one] موضوع واحد في المكتبة
    [two] موضوعان في المكتبة
    [few] { $count } مواضيع في المكتبة
   *[other] { $count } موضوعًا في المكتبة
}
and-more = و{ $count } غيرها
pages-in-listing = صفحات القائمة
prev = السابق
next = التالي
arrow-prev = →
arrow-next = ←
updated-last = آخر تحديث
updated = حُدّث
reading-minutes = { $count ->
    [one] دقيقة قراءة واحدة
    [two] دقيقتا قراءة
    [few] { $count } دقائق قراءة
   *[other] { $count } دقيقة قراءة
}
written-by = كتابة:
edited-by = تحرير:
print-tool = طباعة الأداة
on-this-page = في هذه الصفحة
source = المصدر:
read-more = اقرأوا أيضًا
search-heading = البحث في المكتبة
search-what = عمّ تبحثون؟
search-type = النوع
all-types = كل الأنواع
more-results = عرض مزيد من النتائج
search-noscript = يعمل البحث في المتصفح ويحتاج إلى JavaScript. يمكنكم تصفّح <a href="{ $tags }">الوسوم</a> أو القوائم حسب النوع.
statement-updated = آخر تحديث
statement-lead-1 = تولي أهمية كبيرة لأن يتمكّن كل إنسان، مع إعاقة أو من دونها، من استخدام موقع
statement-lead-2 = ، والعثور فيه على المعلومات وقراءتها براحة واستقلالية. يشرح هذا البيان ما الذي فعلناه ليكون الموقع متاحًا، وما الذي لم يصبح متاحًا بعد، وكيف تتواصلون معنا.
statement-level-id = مستوى-الإتاحة
statement-level = مستوى الإتاحة
statement-level-text = بُني الموقع وفق أنظمة المساواة في الحقوق للأشخاص ذوي الإعاقة (ملاءمات الإتاحة للخدمة) لسنة 2013، ويستوفي هذا المستوى:
statement-standard-text = يستند المعيار الإسرائيلي 5568 إلى إرشادات إتاحة محتوى الويب (<span lang="en" dir="ltr">WCAG</span>) الصادرة عن منظمة <span lang="en" dir="ltr">W3C</span>.
statement-done-id = ما-فعلناه-في-الموقع
statement-done = ما الذي فعلناه في الموقع
statement-done-1 = تعلن كل صفحة عن لغتها واتجاهها، فتقرؤها برامج قراءة الشاشة باللغة والاتجاه الصحيحين.
statement-done-2 = في أعلى كل صفحة رابط «تخطَّ إلى المحتوى الرئيسي». يمكن استخدام الموقع كله بلوحة المفاتيح وحدها، ويظهر العنصر المختار داخل إطار بارز.
statement-done-3 = في كل صفحة عنوان رئيسي واحد وبنية عناوين مرتّبة، وأجزاء الصفحة (الترويسة والتصفح والمحتوى والتذييل) معلَّمة لتتعرّف إليها التقنيات المساعدة.
statement-done-4 = يستوفي التباين بين النص والخلفية المستوى AA، في العرض الفاتح وفي العرض الداكن الذي يُختار حسب إعدادات الجهاز.
statement-done-5 = يتلاءم الموقع مع الشاشات الصغيرة ومع تكبير النص في المتصفح، دون حاجة إلى التمرير أفقيًا.
statement-done-6 = لا تعمل مقاطع الفيديو من تلقاء نفسها: لا يُحمَّل المشغّل إلا بعد النقر عليه.
statement-done-7 = تتمرّر الجداول العريضة داخل إطار خاص بها يمكن الوصول إليه بلوحة المفاتيح أيضًا، ولمربعات الاختيار في القوائم تسميات.
statement-done-8 = يُعلم البحث برامج قراءة الشاشة بعدد النتائج التي وُجدت، ويمكن التنقل بين النتائج بمفاتيح الأسهم.
statement-done-9 = من طلب من جهازه تقليل الحركة لن يرى في الموقع رسومًا متحركة.
statement-done-10 = يُفحص قالب الموقع آليًا في كل صفحة وفق إرشادات <span lang="en" dir="ltr">WCAG 2.1</span> بالمستوى AA، وعلى شاشة بعرض الهاتف أيضًا.
statement-limits-id = قيود-معروفة
statement-limits = ما الذي لم يصبح متاحًا بعد
statement-limits-some = نواصل تحسين الموقع، لكن فيه أجزاء لم تصبح متاحة بالكامل بعد:
statement-limits-none = لا نعرف حاليًا أجزاء من الموقع غير متاحة. إن صادفتم شيئًا كهذا، يسعدنا كثيرًا أن تخبرونا.
statement-physical-id = ترتيبات-الإتاحة-في-المكان
statement-physical = ترتيبات الإتاحة في المكان الذي نستقبل فيه الجمهور
statement-contact-id = التواصل-بشأن-الإتاحة
statement-contact = التواصل بشأن الإتاحة
statement-contact-text = هل واجهتم صعوبة في الموقع، أو لديكم اقتراح للتحسين؟ يمكنكم التوجّه إلى منسّق أو منسّقة الإتاحة لدينا:
statement-name = الاسم:
statement-phone = الهاتف:
statement-email = البريد الإلكتروني:
statement-help = لنتمكّن من المساعدة، يُستحسن أن تكتبوا في أي صفحة كانت المشكلة، وما الذي حاولتم فعله، وأي متصفح أو تقنية مساعدة استخدمتم.
statement-last-review = تاريخ آخر تحديث للبيان:
