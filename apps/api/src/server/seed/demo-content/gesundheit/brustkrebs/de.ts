import type { DocumentContent } from '@careleaf/schema';
import { abbr, callout, h2, h3, lang, li, nested, onlyIn, outside, p, registry, sources, table, ul } from '../../blocks';
import type { Refs } from '../../types';

const CDK = 'Cyclin-abhängige Kinasen 4 und 6';
const WHO = 'Weltgesundheitsorganisation';

/** The German source of the demo article; block ids are shared with its translations. */
export const brustkrebsDe = (r: Refs): DocumentContent => ({
  title: 'Metastasierter Brustkrebs: Welche Behandlungen gibt es?',
  summary:
    'Ein Überblick in einfachen Worten: Ziele der Behandlung, Hormontherapie, Chemotherapie, zielgerichtete Mittel, Bestrahlung, Hilfe bei Schmerzen und seelischer Last – mit den häufigen Nebenwirkungen.',
  blocks: [
    p(
      'p-intro',
      'Brustkrebs kann sich im Körper ausbreiten. Dann bilden sich ',
      r.term('metastase', 'Metastasen'),
      ' in anderen Organen. Oft sind die Knochen, die Lunge, die Leber oder das Gehirn betroffen. Diese Nachricht ist für viele ein Schock. Hier finden Sie einen ruhigen Überblick über die Behandlungen.',
      r.cite('s3-mammakarzinom'),
    ),

    h2('h-bedeutung', 'Was bedeutet „metastasiert“?'),
    p(
      'p-bedeutung',
      'Krebszellen haben sich von der Brust gelöst. Über das Blut oder die Lymphe sind sie in andere Organe gelangt. Dort wachsen sie weiter. Metastasierter Brustkrebs ist meist nicht heilbar. Aber er ist behandelbar. Viele Frauen leben damit viele Jahre, oft mit guter Lebensqualität. Auch Männer können Brustkrebs bekommen. Für sie gelten meist die gleichen Behandlungen.',
      r.cite('eso-esmo-abc5', 'esmo-mbc-2021'),
    ),
    h3('h-ziele', 'Die Ziele der Behandlung'),
    ul('l-ziele', [
      li('Dass Sie sich möglichst gut fühlen und Ihren Alltag leben können'),
      li('Das Leben verlängern'),
      li('Schmerzen, Atemnot und andere Beschwerden lindern'),
      li('Das Wachstum der Metastasen bremsen'),
    ]),
    h3('h-entscheidung', 'Gemeinsam entscheiden'),
    p(
      'p-entscheidung',
      'Welche Behandlung passt, hängt von vielen Dingen ab. Wichtig sind die Merkmale des Tumors. Dazu gehören die ',
      r.term('hormonrezeptor', 'Hormonrezeptoren'),
      ' und das Merkmal ',
      r.term('her2', 'HER2'),
      '. Wichtig sind auch frühere Behandlungen, Ihr Befinden und Ihre Wünsche. In einer ',
      r.term('tumorkonferenz', 'Tumorkonferenz'),
      ' beraten Fachleute gemeinsam über Ihre Lage. Dann entscheiden Sie zusammen mit Ihrem Team. Das nennt man auf Englisch ',
      lang('en', 'shared decision making'),
      '.',
      r.cite('s3-mammakarzinom'),
    ),
    callout(
      'c-zeit',
      'info',
      ['Sie dürfen sich Zeit nehmen'],
      [
        p(
          'p-zeit',
          'Fragen Sie nach, bis Sie alles verstanden haben. Schreiben Sie Ihre Fragen vorher auf. Nehmen Sie gern eine vertraute Person mit. Sie können auch eine zweite ärztliche Meinung einholen.',
        ),
      ],
    ),

    h2('h-hormon', 'Hormontherapie'),
    p(
      'p-hormon',
      'Viele Brustkrebs-Zellen wachsen unter dem Einfluss von Hormonen. Das zeigen Hormonrezeptoren auf den Zellen. Dann kann eine Hormontherapie das Wachstum bremsen. Man nennt sie auch endokrine Therapie. Sie ist dann oft die erste Behandlung.',
      r.cite('esmo-mbc-2021'),
    ),
    ul('l-hormon', [
      li(
        r.term('aromatasehemmer', 'Aromatasehemmer'),
        ' senken die Menge an Östrogen im Körper. Nach den Wechseljahren genügen sie allein. Vor den Wechseljahren bekommen Sie dazu eine Spritze, die die Eierstöcke ruhigstellt.',
      ),
      li('Tamoxifen blockiert die Hormonrezeptoren der Krebszellen. Es wirkt vor und nach den Wechseljahren.'),
      li('Fulvestrant baut die Hormonrezeptoren ab. Sie bekommen es als Spritze in den Muskel.'),
    ]),
    h3('h-cdk', 'Kombination mit ', abbr('CDK4/6', CDK), '-Hemmern'),
    p(
      'p-cdk',
      'Oft wird die Hormontherapie mit einem CDK4/6-Hemmer verbunden. Diese Tabletten bremsen die Teilung der Krebszellen. So kann die Krankheit oft deutlich länger ruhig bleiben.',
      r.cite('esmo-mbc-2021', 'eso-esmo-abc5'),
    ),
    p(
      'p-hormon-nw',
      'Die Hormontherapie führt oft zu Hitzewallungen. Auch Schmerzen in den Gelenken und Müdigkeit sind häufig. Aromatasehemmer können die Knochen schwächen. Tamoxifen führt etwas öfter zu Blutgerinnseln. CDK4/6-Hemmer senken oft die Zahl der weißen Blutkörperchen. Deshalb wird Ihr Blut regelmäßig geprüft. Auch Durchfall kann vorkommen.',
    ),

    h2('h-chemo', 'Chemotherapie'),
    p(
      'p-chemo',
      'Eine Chemotherapie greift Zellen an, die sich schnell teilen. Dazu gehören die Krebszellen. Die Mittel heißen ',
      r.term('zytostatika', 'Zytostatika'),
      '. Sie kommen zum Beispiel infrage, wenn der Tumor keine Hormonrezeptoren hat. Oder wenn die Hormontherapie nicht mehr wirkt. Oder wenn ein Organ schnell entlastet werden muss. Meist bekommen Sie ein Mittel nach dem anderen. Das ist oft besser verträglich als mehrere zugleich.',
      r.cite('esmo-mbc-2021', 'eso-esmo-abc5'),
    ),
    p(
      'p-chemo-nw',
      'Die Mittel treffen auch gesunde Zellen. Deshalb kommt es oft zu Übelkeit, Haarausfall und ',
      r.term('fatigue', 'Fatigue'),
      '. Manche Mittel schädigen die Nerven in Händen und Füßen. Diese ',
      r.term('neuropathie', 'Neuropathie'),
      ' zeigt sich als Kribbeln oder Taubheit. Die Abwehr wird schwächer. Dann steigt das Risiko für Infektionen. Gegen Übelkeit gibt es heute gute Mittel.',
    ),
    callout(
      'c-warnzeichen',
      'urgent',
      ['Wann Sie sofort Hilfe brauchen'],
      [
        p(
          'p-fieber',
          'Rufen Sie sofort Ihre Klinik oder Praxis an, wenn Sie während einer Chemotherapie Fieber ab 38 Grad bekommen. Fieber kann eine gefährliche Infektion anzeigen. Warten Sie nicht bis zum nächsten Tag. Melden Sie sich auch bei diesen Zeichen:',
        ),
        ul('l-warnzeichen', [
          li('Schüttelfrost, oder Sie fühlen sich sehr krank'),
          li('Atemnot, neuer Husten oder Schmerzen in der Brust'),
          li('Starker Durchfall oder Erbrechen'),
          li('Blutungen, die nicht aufhören'),
          li('Neue starke Rückenschmerzen, Schwäche oder Taubheit in den Beinen'),
          li('Plötzlich starke Kopfschmerzen, Sie sind verwirrt oder können Arm oder Bein nicht bewegen'),
        ]),
        onlyIn(
          'r-notruf',
          ['DE'],
          [
            p(
              'p-notruf-de',
              'Abends und am Wochenende erreichen Sie den ärztlichen Bereitschaftsdienst unter 116 117. Im Notfall wählen Sie 112.',
            ),
          ],
          [p('p-notruf-sonst', 'Im Notfall wählen Sie die Notrufnummer Ihres Landes. In der Europäischen Union ist das die 112.')],
        ),
      ],
    ),

    h2('h-gezielt', 'Zielgerichtete Therapien'),
    p(
      'p-gezielt',
      'Gezielte Mittel greifen bestimmte Merkmale der Krebszellen an. Ob sie Ihnen helfen können, zeigt ein Test am Gewebe des Tumors.',
    ),
    h3('h-her2', 'Bei HER2-positivem Brustkrebs'),
    p(
      'p-her2',
      'Bei manchen Tumoren tragen die Zellen sehr viel HER2. Dann helfen Antikörper wie Trastuzumab und Pertuzumab. Sie heften sich an HER2 und bremsen so das Wachstum. Meist kommen sie zusammen mit einer Chemotherapie. Es gibt auch Antikörper, die ein Zellgift direkt in die Krebszelle bringen.',
      r.cite('esmo-mbc-2021'),
    ),
    p(
      'p-her2-nw',
      'Einige dieser Mittel können das Herz schwächen. Deshalb wird das Herz vor und während der Behandlung mit Ultraschall geprüft. Auch Durchfall und Hautprobleme kommen vor. Ein Mittel kann die Lunge entzünden. Melden Sie neuen Husten oder Atemnot deshalb gleich.',
    ),
    h3('h-weitere', 'Weitere gezielte Mittel'),
    p(
      'p-weitere',
      'Bei bestimmten Veränderungen im Erbgut gibt es weitere Mittel. Ein Beispiel sind ',
      abbr('PARP', 'Poly-ADP-Ribose-Polymerase'),
      '-Hemmer bei einer erblichen Veränderung im ',
      abbr('BRCA', 'Breast Cancer, ein Gen für die Reparatur des Erbguts'),
      '-Gen. Bei manchen Formen hilft auch eine Immuntherapie. Ihr Team sagt Ihnen, welche Tests bei Ihnen sinnvoll sind.',
      r.cite('esmo-mbc-2021'),
    ),

    h2('h-lokal', 'Operation und Bestrahlung'),
    p(
      'p-lokal',
      'Bei Metastasen hilft vor allem eine Behandlung, die im ganzen Körper wirkt. Eine Operation oder Bestrahlung kann aber einzelne Stellen gezielt behandeln. Sie hilft zum Beispiel in diesen Fällen:',
      r.cite('s3-mammakarzinom', 'eso-esmo-abc5'),
    ),
    ul('l-lokal', [
      li('Metastasen in den Knochen machen Schmerzen. Eine Bestrahlung lindert sie oft gut.'),
      li('Ein Knochen droht zu brechen. Eine Operation kann ihn stützen.'),
      li('Es gibt Metastasen im Gehirn. Dann hilft eine gezielte Bestrahlung, manchmal auch ein Eingriff.'),
      li('Eine Wunde an der Brust blutet oder schmerzt.'),
    ]),
    p(
      'p-lokal-nw',
      'Eine Bestrahlung kann die Haut reizen und müde machen. Die Beschwerden hängen davon ab, welche Stelle bestrahlt wird. Nach früheren Eingriffen in der Achsel kann ein ',
      r.term('lymphoedem', 'Lymphödem'),
      ' entstehen. Dann schwillt der Arm an. Eine Lymphdrainage und ein Kompressionsärmel helfen.',
    ),

    h2('h-knochen', 'Mittel zum Schutz der Knochen'),
    p(
      'p-knochen',
      'Bei Metastasen in den Knochen helfen ',
      r.term('bisphosphonate', 'Bisphosphonate'),
      ' oder der Antikörper Denosumab. Sie machen die Knochen stabiler. So sinkt das Risiko für Brüche und Schmerzen.',
      r.cite('s3-mammakarzinom'),
    ),
    p(
      'p-knochen-nw',
      'Manchmal wird der Kieferknochen geschädigt. Lassen Sie deshalb vorher Ihre Zähne prüfen. Sagen Sie Ihrer Zahnarztpraxis, dass Sie diese Mittel bekommen. Der Kalzium-Wert im Blut kann sinken. Deshalb bekommen Sie oft Kalzium und Vitamin D dazu.',
    ),

    h2('h-ueberblick', 'Nebenwirkungen im Überblick'),
    p(
      'p-ueberblick',
      'Nicht jede Nebenwirkung tritt bei jeder Frau auf. Viele lassen sich gut behandeln. Sprechen Sie jede Beschwerde an.',
    ),
    table(
      't-nebenwirkungen',
      ['Häufige Nebenwirkungen nach Art der Behandlung'],
      [['Behandlung'], ['Häufige Nebenwirkungen'], ['Was Sie tun können']],
      [
        [['Hormontherapie'], ['Hitzewallungen, Gelenkschmerzen, Müdigkeit'], ['Bewegung hilft oft gegen Gelenkschmerzen.']],
        [['CDK4/6-Hemmer'], ['Weniger weiße Blutkörperchen, Durchfall, Müdigkeit'], ['Gehen Sie zu den Blutkontrollen.']],
        [['Chemotherapie'], ['Übelkeit, Haarausfall, Fatigue, Neuropathie, Infektionen'], ['Bei Fieber sofort anrufen.']],
        [['HER2-Antikörper'], ['Schwächeres Herz, Durchfall'], ['Das Herz wird regelmäßig geprüft.']],
        [['Bestrahlung'], ['Gereizte Haut, Müdigkeit'], ['Haut schonen, nicht reiben.']],
        [['Mittel für die Knochen'], ['Schäden am Kieferknochen, wenig Kalzium im Blut'], ['Zähne vorher prüfen lassen.']],
      ],
    ),

    h2('h-palliativ', 'Palliativversorgung und Schmerzen'),
    p(
      'p-palliativ',
      'Die ',
      r.term('palliativversorgung', 'Palliativversorgung'),
      ' lindert Beschwerden und stärkt die Lebensqualität. Sie ist nicht nur für die letzte Lebenszeit da. Sie kann früh beginnen, neben der Krebsbehandlung.',
      r.cite('s3-palliativmedizin', 'esmo-mbc-2021'),
    ),
    p(
      'p-schmerz',
      'Schmerzen lassen sich in den meisten Fällen gut lindern. Dafür gibt es einen Stufenplan mit verschiedenen Mitteln. Bei starken Schmerzen helfen Opioide wie Morphin. Ihr Team setzt sie so ein, dass das Risiko einer Sucht klein bleibt. Sprechen Sie Ihre Sorgen offen an. Opioide können zu Verstopfung und Müdigkeit führen. Gegen Verstopfung bekommen Sie meist ein Abführmittel dazu.',
      r.cite('s3-palliativmedizin'),
    ),
    onlyIn(
      'r-palliativ',
      ['DE'],
      [
        p(
          'p-palliativ-de',
          'In Deutschland gibt es dafür auch Teams der ',
          abbr('SAPV', 'spezialisierten ambulanten Palliativversorgung'),
          '. Sie betreuen Sie zu Hause. Ihre Hausarztpraxis kann das verordnen. Die gesetzliche Krankenkasse trägt die Kosten.',
        ),
      ],
      [p('p-palliativ-sonst', 'Fragen Sie Ihr Team oder Ihren örtlichen Gesundheitsdienst, welche Palliativdienste es bei Ihnen gibt.')],
    ),

    h2('h-psyche', 'Psychoonkologie: Hilfe für die Seele'),
    p(
      'p-psyche',
      'Krebs belastet Körper und Seele. Angst, Trauer oder Wut sind normale Gefühle. Die ',
      r.term('psychoonkologie', 'Psychoonkologie'),
      ' hilft Ihnen und Ihren Angehörigen, mit der Krankheit zu leben. Diese Hilfe gibt es:',
      r.cite('s3-psychoonkologie'),
    ),
    ul('l-psyche', [
      li('Gespräche mit Fachleuten, die sich mit Krebs und Seele auskennen'),
      li('Stellen für Krebsberatung'),
      li('Gruppen, in denen Sie andere Betroffene treffen'),
      li('Sozialdienste, die bei Fragen zu Geld, Arbeit oder Pflege helfen'),
      nested(li('Hilfen im Alltag, zum Beispiel:'), false, [
        li('Bewegung, die zu Ihren Kräften passt'),
        li('Übungen, um ruhig zu werden'),
        li('Beratung zum Essen'),
      ]),
    ]),
    onlyIn(
      'r-beratung',
      ['DE'],
      [
        p(
          'p-beratung-de',
          'In Deutschland hilft der Krebsinformationsdienst. Sie erreichen ihn kostenlos unter 0800 420 30 40. Stellen für Krebsberatung gibt es in vielen Städten.',
          r.cite('krebsinformationsdienst'),
        ),
      ],
      [p('p-beratung-sonst', 'Fragen Sie Ihr Team oder Ihren örtlichen Gesundheitsdienst nach einer Beratungsstelle in Ihrer Nähe.')],
    ),
    callout(
      'c-heilversprechen',
      'warning',
      ['Vorsicht bei Heilversprechen'],
      [
        p(
          'p-heilversprechen',
          'Manche Anbieter versprechen Heilung durch eine Diät oder Naturmittel. Dafür gibt es keine Belege. Manche Mittel stören sogar die Krebsbehandlung. Sprechen Sie mit Ihrem Team, bevor Sie etwas zusätzlich einnehmen.',
        ),
      ],
    ),

    h2('h-studien', 'Klinische Studien'),
    p(
      'p-studien',
      'In ',
      r.term('klinische-studie', 'klinischen Studien'),
      ' werden neue Behandlungen geprüft. Die Teilnahme ist freiwillig. Sie können sie jederzeit beenden. In einer Studie werden Sie besonders eng betreut. Fragen Sie Ihr Team, ob eine Studie zu Ihnen passt.',
      r.cite('eso-esmo-abc5'),
    ),
    onlyIn(
      'r-studien',
      ['DE'],
      [
        p(
          'p-studien-de',
          'Studien in Deutschland finden Sie im ',
          abbr('DRKS', 'Deutsches Register Klinischer Studien'),
          '. Es ist mit einem Suchportal der ',
          abbr('WHO', WHO),
          ' verbunden.',
          r.cite('drks', 'who-ictrp'),
        ),
      ],
      [
        p(
          'p-studien-sonst',
          'Studien aus vielen Ländern finden Sie im Suchportal der ',
          abbr('WHO', WHO),
          '. Fragen Sie auch Ihren örtlichen Gesundheitsdienst.',
          r.cite('who-ictrp'),
        ),
      ],
    ),
    registry('e-studienregister', 'clinicalTrialRegistry', ['Studienregister für Ihre Region'], { condition: 'breast-cancer' }),

    h2('h-programme', 'Behandlungsprogramme und Kosten'),
    onlyIn(
      'r-dmp',
      ['DE'],
      [
        p(
          'p-dmp',
          'Die gesetzlichen Krankenkassen bieten ein ',
          abbr('DMP', 'Disease-Management-Programm'),
          ' für Brustkrebs an. Das ist ein Programm für eine gut abgestimmte Behandlung mit festen Terminen. Die Teilnahme ist freiwillig und kostenlos. Ihre Ärztin oder Ihr Arzt kann Sie einschreiben.',
          r.cite('gba-dmp-brustkrebs'),
        ),
        p(
          'p-zentren',
          'Viele Frauen gehen in ein Brustkrebszentrum mit Zertifikat. Die Deutsche Krebsgesellschaft prüft diese Zentren regelmäßig.',
        ),
        p(
          'p-kosten',
          'Die Behandlungen in diesem Text zahlt in der Regel die gesetzliche Krankenkasse. Ergänzende Mittel müssen Sie oft selbst bezahlen.',
        ),
      ],
    ),
    outside(
      'r-programme-sonst',
      ['DE'],
      [
        p(
          'p-programme-sonst',
          'Wer Programme anbietet und die Kosten trägt, ist in jedem Land anders. Fragen Sie Ihre Krankenversicherung oder Ihren örtlichen Gesundheitsdienst.',
        ),
      ],
    ),
    registry('e-dmp', 'diseaseManagementProgramme', ['Programme für Brustkrebs in Ihrer Region'], { condition: 'breast-cancer' }),

    h2('h-quellen', 'Quellen'),
    sources('s-quellen', BREAST_CANCER_SOURCE_KEYS.map(r.citationId)),
  ],
});

/** The sources listed at the end of the breast-cancer article, in the order they are first cited. */
export const BREAST_CANCER_SOURCE_KEYS = [
  's3-mammakarzinom',
  'eso-esmo-abc5',
  'esmo-mbc-2021',
  's3-palliativmedizin',
  's3-psychoonkologie',
  'krebsinformationsdienst',
  'drks',
  'who-ictrp',
  'gba-dmp-brustkrebs',
  'nice-cg81',
];
