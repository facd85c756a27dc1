import type { DocumentContent } from '@careleaf/schema';
import { abbr, callout, h2, h3, lang, li, nested, onlyIn, outside, p, registry, sources, table, ul } from '../../blocks';
import type { Refs } from '../../types';
import { BREAST_CANCER_SOURCE_KEYS } from './de';

const CDK = 'cyclin-dependent kinases 4 and 6';

/** English translation of the demo article: the same block ids as the German source. */
export const brustkrebsEn = (r: Refs): DocumentContent => ({
  title: 'Metastatic breast cancer: what treatments are there?',
  summary:
    'An overview in plain words: the aims of treatment, hormone therapy, chemotherapy, targeted drugs, radiotherapy, and help with pain and worry – with the common side effects.',
  blocks: [
    p(
      'p-intro',
      'Breast cancer can spread in the body. Then ',
      r.term('metastase', 'metastases'),
      ' form in other organs. The bones, lungs, liver or brain are often affected. This news is a shock for many people. Here you find a calm overview of the treatments.',
      r.cite('s3-mammakarzinom'),
    ),

    h2('h-bedeutung', 'What does “metastatic” mean?'),
    p(
      'p-bedeutung',
      'Cancer cells have left the breast. They have travelled through the blood or lymph to other organs. There they keep growing. In most cases, metastatic breast cancer cannot be cured. But it can be treated. Many women live with it for many years, often with a good quality of life. Men can get breast cancer too. The same treatments mostly apply to them.',
      r.cite('eso-esmo-abc5', 'esmo-mbc-2021'),
    ),
    h3('h-ziele', 'The aims of treatment'),
    ul('l-ziele', [
      li('Keep or improve your quality of life'),
      li('Help you live longer'),
      li('Ease symptoms such as pain or shortness of breath'),
      li('Slow down the growth of the metastases'),
    ]),
    h3('h-entscheidung', 'Deciding together'),
    p(
      'p-entscheidung',
      'Which treatment fits depends on many things. The features of the tumour matter. These include the ',
      r.term('hormonrezeptor', 'hormone receptors'),
      ' and a feature called ',
      r.term('her2', 'HER2'),
      '. Your past treatments, how you feel and what you want also matter. At a ',
      r.term('tumorkonferenz', 'tumour board'),
      ', experts talk about your case together. Then you decide with your care team. This is called shared decision making.',
      r.cite('s3-mammakarzinom'),
    ),
    callout(
      'c-zeit',
      'info',
      ['You may take your time'],
      [
        p(
          'p-zeit',
          'Ask until you have understood everything. Write your questions down first. You are welcome to bring someone you trust. You can also ask another doctor for a second opinion.',
        ),
      ],
    ),

    h2('h-hormon', 'Hormone therapy'),
    p(
      'p-hormon',
      'Many breast cancer cells grow when hormones act on them. Hormone receptors on the cells show this. Then hormone therapy can slow the growth. It is also called endocrine therapy. It is then often the first treatment.',
      r.cite('esmo-mbc-2021'),
    ),
    ul('l-hormon', [
      li(
        r.term('aromatasehemmer', 'Aromatase inhibitors'),
        ' lower the amount of oestrogen in the body. After the menopause they work on their own. Before the menopause you also get an injection that puts the ovaries to rest.',
      ),
      li('Tamoxifen blocks the hormone receptors of the cancer cells. It works before and after the menopause.'),
      li('Fulvestrant breaks down the hormone receptors. You get it as an injection into a muscle.'),
    ]),
    h3('h-cdk', 'Combined with ', abbr('CDK4/6', CDK), ' inhibitors'),
    p(
      'p-cdk',
      'Hormone therapy is often combined with a CDK4/6 inhibitor. These tablets slow down how fast the cancer cells divide. This can often keep the disease quiet for much longer.',
      r.cite('esmo-mbc-2021', 'eso-esmo-abc5'),
    ),
    p(
      'p-hormon-nw',
      'Common side effects of hormone therapy are hot flushes, joint pain and tiredness. Aromatase inhibitors can make the bones weaker. Tamoxifen slightly raises the risk of blood clots. CDK4/6 inhibitors often lower the number of white blood cells. So your blood is checked regularly. Diarrhoea can also occur.',
    ),

    h2('h-chemo', 'Chemotherapy'),
    p(
      'p-chemo',
      'Chemotherapy attacks cells that divide fast. Cancer cells are among them. The drugs are called ',
      r.term('zytostatika', 'cytostatic drugs'),
      '. They may be used if the tumour has no hormone receptors. Or if hormone therapy no longer works. Or if an organ needs relief fast. Most often you get one drug after another. This is often easier to bear than several at once.',
      r.cite('esmo-mbc-2021', 'eso-esmo-abc5'),
    ),
    p(
      'p-chemo-nw',
      'The drugs also hit healthy cells. So nausea, hair loss and ',
      r.term('fatigue', 'fatigue'),
      ' are common. Some drugs harm the nerves in the hands and feet. This ',
      r.term('neuropathie', 'neuropathy'),
      ' feels like tingling or numbness. Your body’s defences get weaker. Then the risk of infection goes up. Today there are good drugs against nausea.',
    ),
    callout(
      'c-warnzeichen',
      'urgent',
      ['When you need help at once'],
      [
        p(
          'p-fieber',
          'Call your clinic or doctor at once if you get a temperature of 38 °C or higher during chemotherapy. Fever can be a sign of a serious infection. Do not wait until the next day. Also call if you notice any of these signs:',
        ),
        ul('l-warnzeichen', [
          li('Chills or feeling very ill'),
          li('Shortness of breath, a new cough or chest pain'),
          li('Bad diarrhoea or vomiting'),
          li('Bleeding that does not stop'),
          li('New, severe back pain, or weakness or numbness in the legs'),
          li('A sudden, severe headache, confusion, or an arm or leg you cannot move'),
        ]),
        onlyIn(
          'r-notruf',
          ['DE'],
          [p('p-notruf-de', 'In the evening and at weekends, call the on-call medical service on 116 117. In an emergency, dial 112.')],
          [p('p-notruf-sonst', 'In an emergency, dial the emergency number of your country. In the European Union it is 112.')],
        ),
      ],
    ),

    h2('h-gezielt', 'Targeted therapies'),
    p(
      'p-gezielt',
      'Targeted drugs attack certain features of the cancer cells. A test of the tumour tissue shows if they are an option for you.',
    ),
    h3('h-her2', 'For HER2-positive breast cancer'),
    p(
      'p-her2',
      'In some tumours the cells carry a lot of HER2. Then antibodies such as trastuzumab and pertuzumab help. They stick to HER2 and so slow the growth. Most often they are given with chemotherapy. There are also antibodies that carry a cell poison right into the cancer cell.',
      r.cite('esmo-mbc-2021'),
    ),
    p(
      'p-her2-nw',
      'Some of these drugs can weaken the heart. So your heart is checked with ultrasound before and during treatment. Diarrhoea and skin problems can also occur. One of these drugs can cause inflammation of the lungs. So report a new cough or shortness of breath right away.',
    ),
    h3('h-weitere', 'Other targeted drugs'),
    p(
      'p-weitere',
      'For certain changes in the genes there are other drugs. One example is ',
      abbr('PARP', 'poly ADP ribose polymerase'),
      ' inhibitors for people with an inherited change in a ',
      abbr('BRCA', 'breast cancer gene, a gene that repairs damaged genetic material'),
      ' gene. Some forms can also be treated with immunotherapy. Your team will tell you which tests make sense for you.',
      r.cite('esmo-mbc-2021'),
    ),

    h2('h-lokal', 'Surgery and radiotherapy'),
    p(
      'p-lokal',
      'With metastases, the main help is a treatment that works in the whole body. But surgery or radiotherapy can treat single sites. They help, for example, in these cases:',
      r.cite('s3-mammakarzinom', 'eso-esmo-abc5'),
    ),
    ul('l-lokal', [
      li('Metastases in the bones cause pain. Radiotherapy often eases it well.'),
      li('A bone is at risk of breaking. Surgery can support it.'),
      li('There are metastases in the brain. Then targeted radiotherapy or sometimes surgery helps.'),
      li('A wound on the breast bleeds or hurts.'),
    ]),
    p(
      'p-lokal-nw',
      'Radiotherapy can make the skin sore and make you tired. The side effects depend on which part of the body is treated. After past treatment in the armpit, ',
      r.term('lymphoedem', 'lymphoedema'),
      ' can occur. Then the arm swells. Lymph drainage and a compression sleeve help.',
    ),

    h2('h-knochen', 'Medicines to protect the bones'),
    p(
      'p-knochen',
      'For metastases in the bones, ',
      r.term('bisphosphonate', 'bisphosphonates'),
      ' or the antibody denosumab help. They make the bones stronger. This lowers the risk of fractures and pain.',
      r.cite('s3-mammakarzinom'),
    ),
    p(
      'p-knochen-nw',
      'Sometimes the jawbone is damaged. So have your teeth checked first. Tell your dentist that you get these drugs. The calcium level in your blood can drop. So you often get calcium and vitamin D as well.',
    ),

    h2('h-ueberblick', 'Side effects at a glance'),
    p('p-ueberblick', 'Not every side effect happens to every person. Many can be treated well. Tell your team about any problem.'),
    table(
      't-nebenwirkungen',
      ['Common side effects by type of treatment'],
      [['Treatment'], ['Common side effects'], ['What you can do']],
      [
        [['Hormone therapy'], ['Hot flushes, joint pain, tiredness'], ['Exercise often helps with joint pain.']],
        [['CDK4/6 inhibitors'], ['Fewer white blood cells, diarrhoea, tiredness'], ['Go to your blood tests.']],
        [['Chemotherapy'], ['Nausea, hair loss, fatigue, neuropathy, infections'], ['Call at once if you get a fever.']],
        [['HER2 antibodies'], ['A weaker heart, diarrhoea'], ['Your heart is checked often.']],
        [['Radiotherapy'], ['Sore skin, tiredness'], ['Be gentle with your skin, do not rub it.']],
        [['Bone medicines'], ['Damage to the jawbone, low calcium in the blood'], ['Have your teeth checked first.']],
      ],
    ),

    h2('h-palliativ', 'Palliative care and pain'),
    p(
      'p-palliativ',
      r.term('palliativversorgung', 'Palliative care'),
      ' eases symptoms and supports your quality of life. It is not only for the last part of life. It can start early, alongside cancer treatment.',
      r.cite('s3-palliativmedizin', 'esmo-mbc-2021'),
    ),
    p(
      'p-schmerz',
      'In most cases, pain can be eased well. There is a step-by-step plan with different drugs. For strong pain, opioids such as morphine help. Your team uses them in a way that keeps the risk of addiction low. Talk openly about any worries. Opioids can cause constipation and tiredness. So you mostly get a laxative as well.',
      r.cite('s3-palliativmedizin'),
    ),
    onlyIn(
      'r-palliativ',
      ['DE'],
      [
        p(
          'p-palliativ-de',
          'In Germany, there are also ',
          abbr('SAPV', 'specialised outpatient palliative care'),
          ' teams for this. They look after you at home. Your family doctor can prescribe it. Statutory health insurance pays for it.',
        ),
      ],
      [p('p-palliativ-sonst', 'Ask your team or your local health service which palliative care services there are where you live.')],
    ),

    h2('h-psyche', 'Psycho-oncology: help with worry and stress'),
    p(
      'p-psyche',
      'Cancer is a burden for body and mind. Fear, grief or anger are normal feelings. ',
      r.term('psychoonkologie', 'Psycho-oncology'),
      ' helps you and your family live with the illness. This help is available:',
      r.cite('s3-psychoonkologie'),
    ),
    ul('l-psyche', [
      li('Talks with psycho-oncology experts'),
      li('Cancer advice centres'),
      li('Groups where you meet others with cancer'),
      li('Social workers who help with money, work or care'),
      nested(li('Help in daily life, for example:'), false, [
        li('Exercise that suits your strength'),
        li('Ways to relax'),
        li('Advice on food'),
      ]),
    ]),
    onlyIn(
      'r-beratung',
      ['DE'],
      [
        p(
          'p-beratung-de',
          'In Germany, the Cancer Information Service (',
          lang('de', 'Krebsinformationsdienst'),
          ') answers your questions free of charge on 0800 420 30 40. Many towns have cancer advice centres.',
          r.cite('krebsinformationsdienst'),
        ),
      ],
      [p('p-beratung-sonst', 'Ask your team or your local health service for an advice centre near you.')],
    ),
    callout(
      'c-heilversprechen',
      'warning',
      ['Be careful with promises of a cure'],
      [
        p(
          'p-heilversprechen',
          'Some people promise a cure through a diet or natural remedies. There is no proof for this. Some remedies even get in the way of cancer treatment. Talk to your team before you take anything extra.',
        ),
      ],
    ),

    h2('h-studien', 'Clinical trials'),
    p(
      'p-studien',
      r.term('klinische-studie', 'Clinical trials'),
      ' test new treatments. Taking part is your free choice. You can stop at any time. In a trial you are looked after very closely. Ask your team if a trial suits you.',
      r.cite('eso-esmo-abc5'),
    ),
    onlyIn(
      'r-studien',
      ['DE'],
      [
        p(
          'p-studien-de',
          'Trials in Germany are listed in the ',
          abbr('DRKS', 'German Clinical Trials Register'),
          '. It is linked to a search portal of the ',
          abbr('WHO', 'World Health Organization'),
          '.',
          r.cite('drks', 'who-ictrp'),
        ),
      ],
      [
        p(
          'p-studien-sonst',
          'You can find trials from many countries in the search portal of the ',
          abbr('WHO', 'World Health Organization'),
          '. Also ask your local health service.',
          r.cite('who-ictrp'),
        ),
      ],
    ),
    registry('e-studienregister', 'clinicalTrialRegistry', ['Trial registers for your region'], { condition: 'breast-cancer' }),

    h2('h-programme', 'Care programmes and costs'),
    onlyIn(
      'r-dmp',
      ['DE'],
      [
        p(
          'p-dmp',
          'In Germany, statutory health insurers offer a ',
          abbr('DMP', 'disease management programme'),
          ' for breast cancer. It is a programme for well-planned care with regular visits. Taking part is free and your own choice. Your doctor can sign you up.',
          r.cite('gba-dmp-brustkrebs'),
        ),
        p(
          'p-zentren',
          'Many women are treated in certified breast cancer centres. The German Cancer Society checks these centres regularly.',
        ),
        p(
          'p-kosten',
          'In Germany, statutory health insurance usually pays for the treatments in this text. You often have to pay for extra remedies yourself.',
        ),
      ],
    ),
    outside(
      'r-programme-sonst',
      ['DE'],
      [
        p(
          'p-programme-sonst',
          'Who offers programmes and who pays differs from country to country. Ask your health insurer or your local health service.',
        ),
      ],
    ),
    registry('e-dmp', 'diseaseManagementProgramme', ['Breast cancer programmes in your region'], { condition: 'breast-cancer' }),

    h2('h-quellen', 'Sources'),
    sources('s-quellen', BREAST_CANCER_SOURCE_KEYS.map(r.citationId)),
  ],
});
