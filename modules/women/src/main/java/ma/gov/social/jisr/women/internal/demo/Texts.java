package ma.gov.social.jisr.women.internal.demo;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;

/** The words of the women's demo records, as workers write them (in French, like the centres' demo). */
final class Texts {
    static final List<String> CALLS = List.of(
            "Appel d'une femme frappée par son mari hier soir ; elle est chez sa sœur avec ses enfants.",
            "Appelle pour savoir comment porter plainte ; insultes et menaces répétées du mari.",
            "Femme privée de ses papiers et de son salaire par son époux ; demande une orientation juridique.",
            "Jeune femme harcelée sur les réseaux sociaux par un ancien fiancé ; photos menacées d'être publiées.",
            "Appel d'une voisine inquiète : cris et coups entendus plusieurs nuits de suite.",
            "Femme expulsée du domicile conjugal avec deux enfants ; cherche un hébergement pour la nuit.",
            "Demande d'information sur la pension alimentaire après un divorce.",
            "Femme enceinte frappée par sa belle-famille ; souhaite être accompagnée à l'hôpital.");
    static final List<String> ACTIONS = List.of(
            "Informée de ses droits et des démarches de plainte ; numéro du centre d'écoute donné.",
            "Orientée vers l'avocate bénévole de l'association partenaire.",
            "Rappel convenu dans la semaine pour faire le point.");
    static final List<String> GOALS = List.of(
            "Mise en sécurité ; dépôt de plainte accompagné ; suivi psychologique pendant trois mois.",
            "Obtenir le certificat médical et la pension alimentaire ; inscription à une formation qualifiante.",
            "Soutien psychologique ; médiation refusée par l'intéressée ; orientation juridique pour le divorce.",
            "Hébergement temporaire puis retour chez ses parents ; scolarité des enfants maintenue.",
            "Accompagnement au tribunal ; recherche d'un emploi avec le programme d'inclusion économique.");
    static final Map<String, String> SERVICES = new LinkedHashMap<>();
    static final List<String> VISITS = List.of(
            "Situation stable ; pas de nouvel incident signalé.",
            "Audience reportée ; l'intéressée reste inquiète, soutien renforcé.",
            "Enfants rescolarisés ; recherche d'emploi en cours.",
            "Joignable seulement par téléphone ; rendez-vous reporté à sa demande.",
            "Nouvelles menaces par téléphone ; plan de sécurité revu avec elle.");
    static final Map<ReferralTarget, String> TARGETS = new EnumMap<>(ReferralTarget.class);
    static final Map<ReferralTarget, String> REASONS = new EnumMap<>(ReferralTarget.class);
    static final Map<ReferralStatus, String> OUTCOMES = new EnumMap<>(ReferralStatus.class);

    static {
        SERVICES.put("PSYCHOLOGICAL_SUPPORT", "Séance avec la psychologue du centre.");
        SERVICES.put("LEGAL_ORIENTATION", "Explication de la procédure et des droits ; dossier préparé.");
        SERVICES.put("MEDICAL_ORIENTATION", "Orientée vers l'unité hospitalière pour le certificat médical.");
        SERVICES.put("ACCOMPANIMENT", "Accompagnée au commissariat pour le dépôt de plainte.");
        SERVICES.put("ECONOMIC_INCLUSION_ORIENTATION", "Inscrite au programme de formation et d'insertion.");
        SERVICES.put("REMOTE_FOLLOW_UP", "Entretien de suivi par téléphone.");
        TARGETS.put(ReferralTarget.POLICE, "Cellule de prise en charge des femmes victimes de violence, Sûreté");
        TARGETS.put(ReferralTarget.GENDARMERIE, "Brigade de gendarmerie, cellule femmes et enfants");
        TARGETS.put(ReferralTarget.PROSECUTOR, "Parquet, cellule de prise en charge des femmes victimes de violence");
        TARGETS.put(ReferralTarget.COURT, "Tribunal de première instance, section de la famille");
        TARGETS.put(ReferralTarget.HOSPITAL_UNIT, "Unité intégrée de prise en charge des femmes et enfants victimes"
                + " de violence, hôpital provincial");
        TARGETS.put(ReferralTarget.ASSOCIATION, "Association d'écoute et d'accompagnement juridique partenaire");
        REASONS.put(ReferralTarget.POLICE, "Plainte pour violences conjugales ; protection demandée.");
        REASONS.put(ReferralTarget.GENDARMERIE, "Plainte pour violences ; le domicile est en zone rurale.");
        REASONS.put(ReferralTarget.PROSECUTOR, "Signalement des violences et demande de mesures de protection.");
        REASONS.put(ReferralTarget.COURT, "Demande de pension alimentaire et de garde des enfants.");
        REASONS.put(ReferralTarget.HOSPITAL_UNIT, "Examen médical et certificat d'incapacité.");
        REASONS.put(ReferralTarget.ASSOCIATION, "Accompagnement juridique et soutien de groupe.");
        REASONS.put(ReferralTarget.MODULE, "Orientation vers l'équipe sociale compétente.");
        OUTCOMES.put(ReferralStatus.RECEIVED, "Reçue ; rendez-vous à fixer.");
        OUTCOMES.put(ReferralStatus.ACTED, "Prise en charge faite ; compte rendu transmis au centre.");
        OUTCOMES.put(ReferralStatus.REFUSED, "Hors compétence territoriale ; réorientation conseillée.");
    }

    private Texts() {
    }
}
