import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import type { appMessages as english } from './en';

/** Les messages de l'application, en français : les mêmes clés que `en.ts`. */
export const appMessages: typeof english = {
  app: {
    title: 'Pilot Tracker',
    auth: {
      email: 'Adresse e-mail',
      subtitle: 'Connectez-vous pour suivre vos expérimentations',
      deactivated: 'Ce compte est désactivé : adressez-vous à un administrateur',
      wrong_credentials: 'Adresse e-mail ou mot de passe incorrect',
      too_many_attempts: 'Trop de tentatives échouées : réessayez dans 15 minutes',
    },
    roles: { admin: 'Administrateur', manager: 'Chef de projet', executive: 'Décideur', trainer: 'Formateur' },
    audit: {
      actions: {
        create: 'Création',
        update: 'Modification',
        delete: 'Suppression',
        login: 'Connexion',
        logout: 'Déconnexion',
        'login-failed': 'Connexion refusée',
      },
      sign_in_resource: 'Connexion',
      history: 'Historique des modifications',
      system: 'Système',
      empty: 'Aucune modification enregistrée',
    },
    users: {
      new_password: 'Nouveau mot de passe',
      new_password_help: "Laisser vide pour garder le mot de passe actuel ; un nouveau mot de passe déconnecte l'utilisateur partout",
      password_help: 'Au moins 12 caractères',
    },
    validation: { password_length: 'Au moins 12 caractères', end_before_start: 'Ne peut pas précéder la date de début' },
    choices: {
      stage: { proposed: 'Proposée', running: 'En cours', evaluating: 'En évaluation', generalized: 'Généralisée', stopped: 'Arrêtée' },
      category: {
        'document-management': 'Gestion électronique des documents',
        collaboration: 'Plateforme collaborative',
        'mobile-app': 'Application mobile',
        'online-procedure': 'Démarche en ligne',
        'e-payment': 'Paiement en ligne',
        'agent-portal': 'Portail agents',
        'open-data': 'Données ouvertes',
        other: 'Autre',
      },
    },
  },
  resources: {
    pilots: {
      name: 'Expérimentation |||| Expérimentations',
      fields: {
        name: 'Nom',
        summary: 'Résumé',
        category: 'Catégorie',
        department: 'Direction',
        region: 'Région',
        ownerId: 'Responsable',
        stage: 'Étape',
        startDate: 'Date de début',
        endDate: 'Date de fin',
        budget: 'Budget',
        targetUsers: 'Utilisateurs cibles',
        published: 'Publiée',
      },
    },
    kpis: {
      name: 'Indicateur |||| Indicateurs',
      fields: { pilotId: 'Expérimentation', name: 'Nom', kind: 'Type', unit: 'Unité', direction: 'Sens', baseline: 'Valeur initiale', target: 'Cible' },
    },
    measurements: {
      name: 'Mesure |||| Mesures',
      fields: { kpiId: 'Indicateur', pilotId: 'Expérimentation', date: 'Date', value: 'Valeur', note: 'Note' },
    },
    trainings: {
      name: 'Formation |||| Formations',
      fields: {
        pilotId: 'Expérimentation',
        title: 'Intitulé',
        date: 'Date',
        trainerId: 'Formateur',
        format: 'Format',
        durationHours: 'Durée (heures)',
        participants: 'Participants',
        completed: 'Ayant terminé',
        satisfaction: 'Satisfaction',
      },
    },
    feedback: {
      name: 'Retour |||| Retours',
      fields: { pilotId: 'Expérimentation', date: 'Date', stakeholder: 'Partie prenante', rating: 'Note', comment: 'Commentaire', status: 'Statut' },
    },
    decisions: {
      name: 'Décision |||| Décisions',
      fields: { pilotId: 'Expérimentation', date: 'Date', decision: 'Décision', rationale: 'Justification', decidedBy: 'Décidée par', newEndDate: 'Nouvelle date de fin' },
    },
    scorecards: {
      name: "Bilan |||| Bilans",
      fields: {
        pilotId: 'Expérimentation',
        adoptionRate: 'Adoption',
        kpiAttainment: 'Atteinte des indicateurs',
        trainingCoverage: 'Couverture de la formation',
        satisfaction: 'Satisfaction',
        readiness: 'Maturité',
        recommendation: 'Recommandation',
        dataPoints: 'Mesures',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: { email: 'Adresse e-mail', fullName: 'Nom complet', role: 'Rôle', active: 'Actif', password: 'Mot de passe' },
    },
    audit: {
      name: 'Activité |||| Activité',
      fields: { at: 'Quand', userId: 'Qui', action: 'Action', resource: 'Ressource', recordId: 'Enregistrement', changes: 'Modifications', email: 'Adresse e-mail', at_gte: 'Du', at_lte: 'Au' },
    },
  },
};

export const fr: TranslationMessages = { ...frenchMessages, ...appMessages };
