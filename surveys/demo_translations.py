"""Translations of the surveys app's German demo content, keyed by the German text (one dict per
language), merged into the events app's demo translations."""

from events.demo_translations import TRANSLATIONS as EVENTS_TRANSLATIONS

SURVEYS_TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {
        "Befragungen": "Surveys",
        "befragungen": "surveys",
        "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.": (
            "Here you will find the network's open surveys. Your opinion counts."
        ),
        "Modulbewertung: Kommunale Strukturen": "Module evaluation: Local government structures",
        "modulbewertung-kommunale-strukturen": "module-evaluation-local-government",
        (
            "Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte "
            "sagen Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten."
        ): (
            "You took part in the training module “Local government structures”. Please tell "
            "us what you thought of it. This takes about five minutes."
        ),
        "Ihre Teilnahme": "Your participation",
        "Zuerst ein paar Fragen zu Ihrer Teilnahme.": (
            "First, a few questions about your participation."
        ),
        "Wie haben Sie von dem Modul erfahren?": "How did you hear about the module?",
        "Über meinen Verein": "Through my association",
        "Über das Netzwerktreffen": "At the network meeting",
        "Über Freunde oder Familie": "From friends or family",
        "Über die Zeitung oder das Internet": "From the newspaper or the internet",
        "Waren Sie an allen Terminen des Moduls dabei?": (
            "Did you attend all the sessions of the module?"
        ),
        "Wie viele Personen aus Ihrem Verein haben teilgenommen?": (
            "How many people from your association took part?"
        ),
        "Ihre Bewertung": "Your rating",
        "Wie sehr stimmen Sie den folgenden Aussagen zu?": (
            "How much do you agree with the following statements?"
        ),
        "Die Inhalte waren verständlich.": "The content was easy to understand.",
        "Die Inhalte sind für die Arbeit meines Vereins nützlich.": (
            "The content is useful for the work of my association."
        ),
        "Die Referentin oder der Referent war gut vorbereitet.": "The trainer was well prepared.",
        "Es gab genug Zeit für Fragen.": "There was enough time for questions.",
        "stimme gar nicht zu": "do not agree at all",
        "stimme voll zu": "fully agree",
        "Wie zufrieden sind Sie insgesamt mit dem Modul?": (
            "Overall, how satisfied are you with the module?"
        ),
        "sehr unzufrieden": "very dissatisfied",
        "sehr zufrieden": "very satisfied",
        "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?": (
            "How likely is it that you will recommend the module to other associations?"
        ),
        "sehr unwahrscheinlich": "very unlikely",
        "sehr wahrscheinlich": "very likely",
        "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?": (
            "What stopped you from attending all the sessions?"
        ),
        "Ihre Anregungen": "Your suggestions",
        "Zu welchen Themen wünschen Sie sich weitere Angebote?": (
            "On which topics would you like more courses?"
        ),
        "Fördermittel beantragen": "Applying for funding",
        "Presse- und Öffentlichkeitsarbeit": "Press and public relations",
        "Vereinsrecht und Satzung": "Association law and constitution",
        "Datenschutz im Verein": "Data protection in the association",
        "Was sollten wir beim nächsten Mal besser machen?": "What should we do better next time?",
        (
            "Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
            "stellen wir beim nächsten Netzwerktreffen vor."
        ): (
            "Your answers help us make the next modules better. We will present the results at "
            "the next network meeting."
        ),
        "Rückmeldung zum Modul Fundraising": "Feedback on the fundraising module",
        "rueckmeldung-fundraising": "feedback-fundraising",
        (
            "Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
            "Code gilt einmal."
        ): (
            "Please enter the code from your slip of paper or scan the QR code. Each code can "
            "only be used once."
        ),
        "Wie zufrieden sind Sie mit dem Modul?": "How satisfied are you with the module?",
        "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?": (
            "Do you want to apply for funding in the next twelve months?"
        ),
        "Ihre Pläne": "Your plans",
        "Für welches Vorhaben möchten Sie Fördermittel beantragen?": (
            "Which project would you like to apply for funding for?"
        ),
        "Was möchten Sie uns noch sagen?": "Is there anything else you would like to tell us?",
        "Vielen Dank für Ihre Rückmeldung!": "Thank you very much for your feedback!",
    },
    "tr": {
        "Befragungen": "Anketler",
        "befragungen": "anketler",
        "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.": (
            "Burada ağın açık anketlerini bulabilirsiniz. Görüşünüz bizim için önemli."
        ),
        "Modulbewertung: Kommunale Strukturen": "Modül değerlendirmesi: Yerel yönetim yapıları",
        "modulbewertung-kommunale-strukturen": "modul-degerlendirmesi-yerel-yonetim",
        (
            "Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte "
            "sagen Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten."
        ): (
            "“Yerel yönetim yapıları” eğitim modülüne katıldınız. Lütfen modülü nasıl "
            "bulduğunuzu bize söyleyin. Bu yaklaşık beş dakika sürer."
        ),
        "Ihre Teilnahme": "Katılımınız",
        "Zuerst ein paar Fragen zu Ihrer Teilnahme.": "Önce katılımınızla ilgili birkaç soru.",
        "Wie haben Sie von dem Modul erfahren?": "Modülü nereden duydunuz?",
        "Über meinen Verein": "Derneğim aracılığıyla",
        "Über das Netzwerktreffen": "Ağ toplantısında",
        "Über Freunde oder Familie": "Arkadaşlarımdan veya ailemden",
        "Über die Zeitung oder das Internet": "Gazeteden veya internetten",
        "Waren Sie an allen Terminen des Moduls dabei?": "Modülün tüm oturumlarına katıldınız mı?",
        "Wie viele Personen aus Ihrem Verein haben teilgenommen?": (
            "Derneğinizden kaç kişi katıldı?"
        ),
        "Ihre Bewertung": "Değerlendirmeniz",
        "Wie sehr stimmen Sie den folgenden Aussagen zu?": (
            "Aşağıdaki ifadelere ne kadar katılıyorsunuz?"
        ),
        "Die Inhalte waren verständlich.": "İçerikler anlaşılırdı.",
        "Die Inhalte sind für die Arbeit meines Vereins nützlich.": (
            "İçerikler derneğimin çalışmaları için faydalı."
        ),
        "Die Referentin oder der Referent war gut vorbereitet.": "Eğitmen iyi hazırlanmıştı.",
        "Es gab genug Zeit für Fragen.": "Sorular için yeterli zaman vardı.",
        "stimme gar nicht zu": "hiç katılmıyorum",
        "stimme voll zu": "tamamen katılıyorum",
        "Wie zufrieden sind Sie insgesamt mit dem Modul?": (
            "Genel olarak modülden ne kadar memnunsunuz?"
        ),
        "sehr unzufrieden": "hiç memnun değilim",
        "sehr zufrieden": "çok memnunum",
        "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?": (
            "Modülü başka derneklere tavsiye etme olasılığınız ne kadar?"
        ),
        "sehr unwahrscheinlich": "hiç olası değil",
        "sehr wahrscheinlich": "çok olası",
        "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?": (
            "Tüm oturumlara katılmanızı ne engelledi?"
        ),
        "Ihre Anregungen": "Önerileriniz",
        "Zu welchen Themen wünschen Sie sich weitere Angebote?": (
            "Hangi konularda başka eğitimler istersiniz?"
        ),
        "Fördermittel beantragen": "Hibe başvurusu yapma",
        "Presse- und Öffentlichkeitsarbeit": "Basın ve halkla ilişkiler",
        "Vereinsrecht und Satzung": "Dernek hukuku ve tüzük",
        "Datenschutz im Verein": "Dernekte veri koruma",
        "Was sollten wir beim nächsten Mal besser machen?": (
            "Bir dahaki sefere neyi daha iyi yapmalıyız?"
        ),
        (
            "Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
            "stellen wir beim nächsten Netzwerktreffen vor."
        ): (
            "Cevaplarınız, sonraki modülleri daha iyi hale getirmemize yardımcı olur. "
            "Sonuçları bir sonraki ağ toplantısında sunacağız."
        ),
        "Rückmeldung zum Modul Fundraising": "Bağış toplama modülü hakkında geri bildirim",
        "rueckmeldung-fundraising": "geri-bildirim-bagis-toplama",
        (
            "Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
            "Code gilt einmal."
        ): (
            "Lütfen kağıdınızdaki kodu girin veya QR kodunu okutun. Her kod yalnızca bir kez "
            "geçerlidir."
        ),
        "Wie zufrieden sind Sie mit dem Modul?": "Modülden ne kadar memnunsunuz?",
        "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?": (
            "Önümüzdeki on iki ay içinde hibe başvurusu yapmak istiyor musunuz?"
        ),
        "Ihre Pläne": "Planlarınız",
        "Für welches Vorhaben möchten Sie Fördermittel beantragen?": (
            "Hangi proje için hibe başvurusu yapmak istiyorsunuz?"
        ),
        "Was möchten Sie uns noch sagen?": "Bize söylemek istediğiniz başka bir şey var mı?",
        "Vielen Dank für Ihre Rückmeldung!": "Geri bildiriminiz için çok teşekkür ederiz!",
    },
    "ar": {
        "Befragungen": "الاستبيانات",
        "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.": (
            "تجدون هنا الاستبيانات المفتوحة للشبكة. رأيكم مهم."
        ),
        "Modulbewertung: Kommunale Strukturen": "تقييم الوحدة: الهياكل البلدية",
        (
            "Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte "
            "sagen Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten."
        ): (
            "لقد شاركتم في وحدة التأهيل «الهياكل البلدية». يرجى أن تخبرونا برأيكم فيها. يستغرق "
            "ذلك نحو خمس دقائق."
        ),
        "Ihre Teilnahme": "مشاركتكم",
        "Zuerst ein paar Fragen zu Ihrer Teilnahme.": "في البداية، بعض الأسئلة عن مشاركتكم.",
        "Wie haben Sie von dem Modul erfahren?": "كيف عرفتم بهذه الوحدة؟",
        "Über meinen Verein": "عن طريق جمعيتي",
        "Über das Netzwerktreffen": "في لقاء الشبكة",
        "Über Freunde oder Familie": "عن طريق الأصدقاء أو العائلة",
        "Über die Zeitung oder das Internet": "عن طريق الصحيفة أو الإنترنت",
        "Waren Sie an allen Terminen des Moduls dabei?": "هل حضرتم جميع مواعيد الوحدة؟",
        "Wie viele Personen aus Ihrem Verein haben teilgenommen?": "كم شخصًا من جمعيتكم شارك؟",
        "Ihre Bewertung": "تقييمكم",
        "Wie sehr stimmen Sie den folgenden Aussagen zu?": (
            "إلى أي مدى توافقون على العبارات التالية؟"
        ),
        "Die Inhalte waren verständlich.": "كان المحتوى مفهومًا.",
        "Die Inhalte sind für die Arbeit meines Vereins nützlich.": "المحتوى مفيد لعمل جمعيتي.",
        "Die Referentin oder der Referent war gut vorbereitet.": (
            "كان المحاضر أو المحاضرة على استعداد جيد."
        ),
        "Es gab genug Zeit für Fragen.": "كان هناك وقت كافٍ للأسئلة.",
        "stimme gar nicht zu": "لا أوافق إطلاقًا",
        "stimme voll zu": "أوافق تمامًا",
        "Wie zufrieden sind Sie insgesamt mit dem Modul?": "ما مدى رضاكم عن الوحدة بشكل عام؟",
        "sehr unzufrieden": "غير راضٍ إطلاقًا",
        "sehr zufrieden": "راضٍ جدًا",
        "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?": (
            "ما مدى احتمال أن توصوا الجمعيات الأخرى بهذه الوحدة؟"
        ),
        "sehr unwahrscheinlich": "مستبعد جدًا",
        "sehr wahrscheinlich": "محتمل جدًا",
        "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?": (
            "ما الذي منعكم من حضور جميع المواعيد؟"
        ),
        "Ihre Anregungen": "اقتراحاتكم",
        "Zu welchen Themen wünschen Sie sich weitere Angebote?": (
            "في أي مواضيع تودّون الحصول على دورات إضافية؟"
        ),
        "Fördermittel beantragen": "طلب التمويل والمنح",
        "Presse- und Öffentlichkeitsarbeit": "العمل الصحفي والعلاقات العامة",
        "Vereinsrecht und Satzung": "قانون الجمعيات والنظام الأساسي",
        "Datenschutz im Verein": "حماية البيانات في الجمعية",
        "Was sollten wir beim nächsten Mal besser machen?": (
            "ما الذي يجب أن نحسّنه في المرة القادمة؟"
        ),
        (
            "Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
            "stellen wir beim nächsten Netzwerktreffen vor."
        ): ("تساعدنا إجاباتكم على تحسين الوحدات القادمة. سنعرض النتائج في لقاء الشبكة القادم."),
        "Rückmeldung zum Modul Fundraising": "ملاحظاتكم حول وحدة جمع التبرعات",
        (
            "Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
            "Code gilt einmal."
        ): ("يرجى إدخال الرمز المكتوب على ورقتكم أو مسح رمز QR. كل رمز صالح لمرة واحدة فقط."),
        "Wie zufrieden sind Sie mit dem Modul?": "ما مدى رضاكم عن الوحدة؟",
        "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?": (
            "هل تريدون تقديم طلب تمويل خلال الاثني عشر شهرًا القادمة؟"
        ),
        "Ihre Pläne": "خططكم",
        "Für welches Vorhaben möchten Sie Fördermittel beantragen?": (
            "لأي مشروع تريدون طلب التمويل؟"
        ),
        "Was möchten Sie uns noch sagen?": "هل هناك شيء آخر تودّون قوله لنا؟",
        "Vielen Dank für Ihre Rückmeldung!": "شكرًا جزيلًا على ملاحظاتكم!",
    },
    "fr": {
        "Befragungen": "Enquêtes",
        "befragungen": "enquetes",
        "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.": (
            "Vous trouverez ici les enquêtes ouvertes du réseau. Votre avis compte."
        ),
        "Modulbewertung: Kommunale Strukturen": "Évaluation du module : Structures municipales",
        "modulbewertung-kommunale-strukturen": "evaluation-module-structures-municipales",
        (
            "Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte "
            "sagen Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten."
        ): (
            "Vous avez participé au module de formation « Structures municipales ». "
            "Dites-nous, s'il vous plaît, ce que vous en avez pensé. Cela prend environ cinq "
            "minutes."
        ),
        "Ihre Teilnahme": "Votre participation",
        "Zuerst ein paar Fragen zu Ihrer Teilnahme.": (
            "D'abord, quelques questions sur votre participation."
        ),
        "Wie haben Sie von dem Modul erfahren?": "Comment avez-vous entendu parler du module ?",
        "Über meinen Verein": "Par mon association",
        "Über das Netzwerktreffen": "Lors de la rencontre du réseau",
        "Über Freunde oder Familie": "Par des amis ou la famille",
        "Über die Zeitung oder das Internet": "Par le journal ou Internet",
        "Waren Sie an allen Terminen des Moduls dabei?": (
            "Avez-vous participé à toutes les séances du module ?"
        ),
        "Wie viele Personen aus Ihrem Verein haben teilgenommen?": (
            "Combien de personnes de votre association ont participé ?"
        ),
        "Ihre Bewertung": "Votre évaluation",
        "Wie sehr stimmen Sie den folgenden Aussagen zu?": (
            "À quel point êtes-vous d'accord avec ces phrases ?"
        ),
        "Die Inhalte waren verständlich.": "Le contenu était facile à comprendre.",
        "Die Inhalte sind für die Arbeit meines Vereins nützlich.": (
            "Le contenu est utile pour le travail de mon association."
        ),
        "Die Referentin oder der Referent war gut vorbereitet.": (
            "La formatrice ou le formateur était bien préparé."
        ),
        "Es gab genug Zeit für Fragen.": "Il y avait assez de temps pour les questions.",
        "stimme gar nicht zu": "pas du tout d'accord",
        "stimme voll zu": "tout à fait d'accord",
        "Wie zufrieden sind Sie insgesamt mit dem Modul?": (
            "Dans l'ensemble, êtes-vous satisfait du module ?"
        ),
        "sehr unzufrieden": "pas du tout satisfait",
        "sehr zufrieden": "très satisfait",
        "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?": (
            "Quelle est la probabilité que vous recommandiez le module à d'autres associations ?"
        ),
        "sehr unwahrscheinlich": "très peu probable",
        "sehr wahrscheinlich": "très probable",
        "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?": (
            "Qu'est-ce qui vous a empêché de participer à toutes les séances ?"
        ),
        "Ihre Anregungen": "Vos suggestions",
        "Zu welchen Themen wünschen Sie sich weitere Angebote?": (
            "Sur quels sujets souhaitez-vous d'autres formations ?"
        ),
        "Fördermittel beantragen": "Demander des subventions",
        "Presse- und Öffentlichkeitsarbeit": "Presse et relations publiques",
        "Vereinsrecht und Satzung": "Droit des associations et statuts",
        "Datenschutz im Verein": "Protection des données dans l'association",
        "Was sollten wir beim nächsten Mal besser machen?": (
            "Que devrions-nous améliorer la prochaine fois ?"
        ),
        (
            "Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
            "stellen wir beim nächsten Netzwerktreffen vor."
        ): (
            "Vos réponses nous aident à améliorer les prochains modules. Nous présenterons les "
            "résultats lors de la prochaine rencontre du réseau."
        ),
        "Rückmeldung zum Modul Fundraising": "Votre avis sur le module Collecte de fonds",
        "rueckmeldung-fundraising": "avis-module-collecte-de-fonds",
        (
            "Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
            "Code gilt einmal."
        ): (
            "Veuillez saisir le code inscrit sur votre papier ou scanner le code QR. Chaque "
            "code n'est valable qu'une seule fois."
        ),
        "Wie zufrieden sind Sie mit dem Modul?": "Êtes-vous satisfait du module ?",
        "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?": (
            "Voulez-vous demander des subventions dans les douze prochains mois ?"
        ),
        "Ihre Pläne": "Vos projets",
        "Für welches Vorhaben möchten Sie Fördermittel beantragen?": (
            "Pour quel projet souhaitez-vous demander des subventions ?"
        ),
        "Was möchten Sie uns noch sagen?": "Avez-vous autre chose à nous dire ?",
        "Vielen Dank für Ihre Rückmeldung!": "Merci beaucoup pour votre avis !",
    },
    "ru": {
        "Befragungen": "Опросы",
        "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.": (
            "Здесь Вы найдёте открытые опросы сети. Ваше мнение важно."
        ),
        "Modulbewertung: Kommunale Strukturen": "Оценка модуля: Структуры местного самоуправления",
        (
            "Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte "
            "sagen Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten."
        ): (
            "Вы участвовали в учебном модуле «Структуры местного самоуправления». Пожалуйста, "
            "расскажите нам, как он Вам понравился. Это займёт около пяти минут."
        ),
        "Ihre Teilnahme": "Ваше участие",
        "Zuerst ein paar Fragen zu Ihrer Teilnahme.": "Сначала несколько вопросов о Вашем участии.",
        "Wie haben Sie von dem Modul erfahren?": "Как Вы узнали о модуле?",
        "Über meinen Verein": "Через моё объединение",
        "Über das Netzwerktreffen": "На встрече сети",
        "Über Freunde oder Familie": "От друзей или родных",
        "Über die Zeitung oder das Internet": "Из газеты или интернета",
        "Waren Sie an allen Terminen des Moduls dabei?": "Вы были на всех занятиях модуля?",
        "Wie viele Personen aus Ihrem Verein haben teilgenommen?": (
            "Сколько человек из Вашего объединения участвовали?"
        ),
        "Ihre Bewertung": "Ваша оценка",
        "Wie sehr stimmen Sie den folgenden Aussagen zu?": (
            "Насколько Вы согласны со следующими утверждениями?"
        ),
        "Die Inhalte waren verständlich.": "Материал был понятным.",
        "Die Inhalte sind für die Arbeit meines Vereins nützlich.": (
            "Материал полезен для работы моего объединения."
        ),
        "Die Referentin oder der Referent war gut vorbereitet.": (
            "Ведущий занятий был хорошо подготовлен."
        ),
        "Es gab genug Zeit für Fragen.": "Было достаточно времени для вопросов.",
        "stimme gar nicht zu": "совсем не согласен(-на)",
        "stimme voll zu": "полностью согласен(-на)",
        "Wie zufrieden sind Sie insgesamt mit dem Modul?": "Насколько Вы в целом довольны модулем?",
        "sehr unzufrieden": "очень недоволен(-льна)",
        "sehr zufrieden": "очень доволен(-льна)",
        "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?": (
            "Насколько вероятно, что Вы порекомендуете модуль другим объединениям?"
        ),
        "sehr unwahrscheinlich": "очень маловероятно",
        "sehr wahrscheinlich": "очень вероятно",
        "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?": (
            "Что помешало Вам посетить все занятия?"
        ),
        "Ihre Anregungen": "Ваши предложения",
        "Zu welchen Themen wünschen Sie sich weitere Angebote?": (
            "На какие темы Вы хотели бы посетить ещё занятия?"
        ),
        "Fördermittel beantragen": "Подача заявок на финансирование",
        "Presse- und Öffentlichkeitsarbeit": "Работа с прессой и общественностью",
        "Vereinsrecht und Satzung": "Право объединений и устав",
        "Datenschutz im Verein": "Защита данных в объединении",
        "Was sollten wir beim nächsten Mal besser machen?": (
            "Что нам сделать лучше в следующий раз?"
        ),
        (
            "Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
            "stellen wir beim nächsten Netzwerktreffen vor."
        ): (
            "Ваши ответы помогают нам улучшить следующие модули. Результаты мы представим на "
            "следующей встрече сети."
        ),
        "Rückmeldung zum Modul Fundraising": "Отзыв о модуле «Фандрайзинг»",
        (
            "Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
            "Code gilt einmal."
        ): (
            "Пожалуйста, введите код с Вашего листка или отсканируйте QR-код. Каждый код "
            "действует только один раз."
        ),
        "Wie zufrieden sind Sie mit dem Modul?": "Насколько Вы довольны модулем?",
        "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?": (
            "Вы хотите подать заявку на финансирование в ближайшие двенадцать месяцев?"
        ),
        "Ihre Pläne": "Ваши планы",
        "Für welches Vorhaben möchten Sie Fördermittel beantragen?": (
            "Для какого проекта Вы хотите получить финансирование?"
        ),
        "Was möchten Sie uns noch sagen?": "Что ещё Вы хотели бы нам сказать?",
        "Vielen Dank für Ihre Rückmeldung!": "Большое спасибо за Ваш отзыв!",
    },
}

TRANSLATIONS = {
    language: {**EVENTS_TRANSLATIONS.get(language, {}), **strings}
    for language, strings in SURVEYS_TRANSLATIONS.items()
}
