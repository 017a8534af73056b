//! GDPR article 9 data: health, religion, ethnic origin (and migration
//! status), political opinions, union membership, sex life or orientation,
//! criminal records, biometric and genetic data.
//!
//! A sensitive word is reported only when it is about someone: the sentence
//! must mention a specific individual, and must not read as a general topic
//! ("atelier de prévention du diabète ouvert à tous") unless the word is
//! explicitly linked to a subject ("Mme Martin, qui est diabétique, animera
//! l'atelier").  Topic nouns ("religion", "diabète") additionally need such a
//! link; attribute words ("diabétique", "musulmane") only need the person.
//! Statistics about the association's public with a sensitive attribute are
//! reported as grey findings.

use super::Finding;
use crate::context::{linked, SentenceCtx};
use crate::lexicon::class::SENSITIVE_TERM;
use crate::report::EntityType;
use crate::terms::Terms;
use crate::text::Doc;
use std::sync::OnceLock;

use EntityType::{
    Biometric as B, Criminal as C, Ethnicity as E, Health as H, Politics as P, Religion as R,
    Sexuality as S, Union as U,
};

/// `(term, type, is_topic_noun)`.
const TERMS: &[(&str, EntityType, bool)] = &[
    // health
    ("diabet*", H, false),
    ("seropositi*", H, false),
    ("enceinte", H, false),
    ("depressi*", H, false),
    ("bipolaire*", H, false),
    ("schizophren*", H, false),
    ("autiste*", H, false),
    ("autisme", H, false),
    ("asthmatique*", H, false),
    ("epilept*", H, false),
    ("alcoolique*", H, false),
    ("toxicomane*", H, false),
    ("addict*", H, false),
    ("handicap*", H, false),
    ("malade*", H, false),
    ("maladie*", H, false),
    ("hospitalis*", H, false),
    ("chimio*", H, false),
    ("radiotherap*", H, false),
    ("dialyse*", H, false),
    ("cancer*", H, false),
    ("vih", H, false),
    ("sida", H, true),
    ("hiv", H, false),
    ("aids", H, true),
    ("sclerose*", H, false),
    ("alzheimer*", H, false),
    ("parkinson*", H, false),
    ("covid*", H, false),
    ("grossesse*", H, false),
    ("ivg", H, false),
    ("avortement*", H, false),
    ("psychiatr*", H, false),
    ("psychologue*", H, false),
    ("psychotherap*", H, false),
    ("allergi*", H, false),
    ("fauteuil roulant", H, false),
    ("burn-out", H, false),
    ("burn out", H, false),
    ("burnout", H, false),
    ("arret maladie", H, false),
    ("arret de travail", H, false),
    ("sous traitement", H, false),
    ("medicament*", H, false),
    ("insuline", H, false),
    ("anorexi*", H, false),
    ("boulimi*", H, false),
    ("obese*", H, false),
    ("sourd", H, false),
    ("sourde", H, false),
    ("aveugle*", H, false),
    ("malvoyant*", H, false),
    ("curatelle", H, false),
    ("tutelle", H, false),
    ("mdph", H, false),
    ("invalidite", H, false),
    ("diabetes", H, false),
    ("diabetic*", H, false),
    ("pregnant", H, false),
    ("depressed", H, false),
    ("chemo*", H, false),
    ("wheelchair", H, false),
    ("disabled", H, false),
    ("disabilit*", H, false),
    ("autism", H, false),
    ("autistic", H, false),
    ("asthma*", H, false),
    ("alcoholic", H, false),
    ("rehab", H, false),
    ("psychiatric", H, false),
    ("surgery", H, false),
    ("sick leave", H, false),
    ("illness", H, false),
    ("hiv positive", H, false),
    ("anxiete", H, true),
    ("anxiety", H, true),
    ("sante mentale", H, true),
    ("mental health", H, true),
    ("therapist", H, false),
    ("ivre", H, false),
    ("drunk", H, false),
    ("crise d'epilepsie", H, false),
    ("troubles psychiques", H, false),
    ("trouble psychique", H, false),
    ("fausse couche", H, false),
    ("hepatit*", H, false),
    ("tuberculos*", H, false),
    ("cirrhose", H, false),
    ("avc", H, false),
    ("infarctus", H, false),
    ("tumeur*", H, false),
    ("leucemie", H, false),
    ("lymphome", H, false),
    ("demence", H, false),
    ("dementia", H, false),
    ("stroke", H, false),
    ("heart attack", H, false),
    ("overdose", H, false),
    ("suicid*", H, false),
    ("automutilation", H, false),
    ("self-harm", H, false),
    ("stress post-traumatique", H, false),
    ("ptsd", H, false),
    ("traumatis*", H, false),
    ("conge maternite", H, false),
    ("maternity leave", H, false),
    ("pregnan*", H, false),
    ("hospitalised", H, false),
    ("hospitalized", H, false),
    ("accouche*", H, false),
    ("blesse", H, false),
    ("blessee", H, false),
    ("opere", H, false),
    ("operee", H, false),
    ("sick", H, false),
    ("cancer", H, false),
    ("insomni*", H, false),
    ("handicape*", H, false),
    // religion
    ("musulman*", R, false),
    ("juif", R, false),
    ("juive*", R, false),
    ("juifs", R, false),
    ("catholique*", R, false),
    ("protestant*", R, false),
    ("chretien*", R, false),
    ("christianisme", R, true),
    ("converti*", R, false),
    ("islam", R, true),
    ("judaisme", R, true),
    ("bouddhis*", R, false),
    ("hindou*", R, false),
    ("athee*", R, false),
    ("temoin de jehovah", R, false),
    ("temoins de jehovah", R, false),
    ("evangeli*", R, false),
    ("pratiquant*", R, false),
    ("porte le voile", R, false),
    ("voilee", R, false),
    ("kippa", R, false),
    ("religion", R, true),
    ("muslim*", R, false),
    ("jewish", R, false),
    ("christian*", R, false),
    ("catholic*", R, false),
    ("practising", R, false),
    ("practicing", R, false),
    ("hindu*", R, false),
    ("buddhist*", R, false),
    ("sikh*", R, false),
    ("atheist*", R, false),
    ("jehovah", R, false),
    ("headscarf", R, false),
    ("hijab", R, false),
    ("mosquee", R, true),
    ("synagogue", R, true),
    // ethnic origin and migration status
    ("origine ethnique", E, false),
    ("d'origine", E, false),
    ("origine", E, true),
    ("rom", E, false),
    ("roms", E, false),
    ("tzigane*", E, false),
    ("gitan*", E, false),
    ("racis*", E, false),
    ("situation irreguliere", E, false),
    ("sans papiers", E, false),
    ("sans-papiers", E, false),
    ("titre de sejour", E, false),
    ("demandeur d'asile", E, false),
    ("demandeuse d'asile", E, false),
    ("droit d'asile", E, true),
    ("oqtf", E, false),
    ("refugie", E, false),
    ("refugiee", E, false),
    ("statut de refugie", E, false),
    ("statut de refugiee", E, false),
    ("asylum", E, false),
    ("undocumented", E, false),
    ("refugee status", E, false),
    ("residence permit", E, false),
    ("ethnic*", E, false),
    ("racial*", E, false),
    ("regroupement familial", E, false),
    // politics
    ("militant*", P, false),
    ("encarte*", P, false),
    ("sympathisant*", P, false),
    ("extreme gauche", P, false),
    ("extreme droite", P, false),
    ("rassemblement national", P, false),
    ("front national", P, false),
    ("insoumis*", P, false),
    ("parti socialiste", P, false),
    ("parti communiste", P, false),
    ("les republicains", P, false),
    ("reconquete", P, false),
    ("labour party", P, false),
    ("conservative party", P, false),
    ("tory", P, false),
    ("far right", P, false),
    ("far left", P, false),
    ("opinions politiques", P, false),
    ("political views", P, false),
    ("vote pour", P, false),
    ("votes for", P, false),
    ("ecologistes", P, false),
    ("green party", P, false),
    ("lfi", P, false),
    // union membership
    ("syndique*", U, false),
    ("delegue syndical", U, false),
    ("deleguee syndicale", U, false),
    ("delegues syndicaux", U, false),
    ("cgt", U, false),
    ("cfdt", U, false),
    ("force ouvriere", U, false),
    ("unsa", U, false),
    ("cfe-cgc", U, false),
    ("union rep", U, false),
    ("union representative", U, false),
    ("union member", U, false),
    ("shop steward", U, false),
    ("syndicat", U, true),
    ("syndicalisme", U, true),
    ("trade union", U, true),
    // sex life, orientation, gender identity
    ("homosexuel*", S, false),
    ("gay", S, false),
    ("gays", S, false),
    ("lesbienne*", S, false),
    ("lesbian*", S, false),
    ("bisexuel*", S, false),
    ("bisexual*", S, false),
    ("transgenre*", S, false),
    ("transgender", S, false),
    ("trans", S, false),
    ("transition de genre", S, false),
    ("non binaire", S, false),
    ("non-binaire", S, false),
    ("queer", S, false),
    ("coming out", S, false),
    ("coming-out", S, false),
    ("orientation sexuelle", S, true),
    ("vie sexuelle", S, true),
    ("sexual orientation", S, true),
    ("sexualite", S, true),
    ("lgbt*", S, true),
    // criminal records
    ("casier judiciaire", C, false),
    ("condamne*", C, false),
    ("incarcere*", C, false),
    ("detenu*", C, false),
    ("prison", C, true),
    ("bracelet electronique", C, false),
    ("garde a vue", C, false),
    ("controle judiciaire", C, false),
    ("probation", C, false),
    ("sursis", C, false),
    ("convicted", C, false),
    ("criminal record", C, false),
    ("jail", C, true),
    ("parole", C, false),
    ("arrested", C, false),
    ("interpelle*", C, false),
    ("mis en examen", C, false),
    ("mise en examen", C, false),
    ("ecroue*", C, false),
    ("travail d'interet general", C, false),
    ("violences conjugales", C, false),
    ("victime de viol*", C, false),
    ("on probation", C, false),
    // biometric and genetic
    ("empreinte digitale", B, false),
    ("empreintes digitales", B, false),
    ("reconnaissance faciale", B, false),
    ("biometri*", B, false),
    ("adn", B, false),
    ("test adn", B, false),
    ("genetique*", B, false),
    ("fingerprint*", B, false),
    ("facial recognition", B, false),
    ("dna", B, false),
    ("genetic*", B, false),
    ("retina", B, false),
];

fn terms() -> &'static Terms<(EntityType, bool)> {
    static T: OnceLock<Terms<(EntityType, bool)>> = OnceLock::new();
    T.get_or_init(|| {
        let defs: Vec<(&'static str, (EntityType, bool))> =
            TERMS.iter().map(|&(t, k, topic)| (t, (k, topic))).collect();
        Terms::new(&defs, SENSITIVE_TERM)
    })
}

/// First words the lexicon tags with [`SENSITIVE_TERM`].
pub(crate) fn first_words() -> impl Iterator<Item = &'static str> {
    Terms::<()>::first_words(TERMS.iter().map(|t| t.0))
}

/// Finds sensitive words about people.  `ctx` is per sentence, `skip` masks
/// public-name tokens.
pub fn find(doc: &Doc, ctx: &[SentenceCtx], skip: &[bool], out: &mut Vec<Finding>) {
    for hit in terms().find(doc, skip) {
        let (kind, topic_noun) = hit.data;
        let Some(tok) = doc.tokens.get(hit.first) else {
            continue;
        };
        let c = ctx.get(tok.sentence as usize).copied().unwrap_or_default();
        let link = linked(doc, hit.first, 4);
        let span = (tok.start as usize, doc.tokens[hit.last].end as usize);
        let about_someone = if topic_noun {
            c.individual && link
        } else {
            c.individual && (link || !c.topic)
        };
        if about_someone {
            out.push(Finding::new(kind, span.0, span.1));
        } else if c.aggregate && !topic_noun && !c.topic {
            out.push(Finding::new(kind, span.0, span.1).grey());
        }
    }
}
