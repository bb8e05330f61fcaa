<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminGuard</name>
    <message>
        <source>Administrator password</source>
        <translation>Mot de passe administrateur</translation>
    </message>
    <message>
        <source>This desk has no administrator password yet. Type the Cité&apos;s administrator password (the one of the share):</source>
        <translation>Ce poste n’a pas encore de mot de passe administrateur. Saisissez le mot de passe administrateur de la Cité (celui du partage) :</translation>
    </message>
    <message>
        <source>This desk has no administrator password yet. Choose the Cité&apos;s administrator password (at least %1 characters); only its hash is kept:</source>
        <translation>Ce poste n’a pas encore de mot de passe administrateur. Choisissez le mot de passe administrateur de la Cité (au moins %1 caractères) ; seule son empreinte est conservée :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-le à nouveau :</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was set.</source>
        <translation>Les deux mots de passe diffèrent ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Only the Cité&apos;s administrator may %1. Administrator password:</source>
        <translation>Seul l’administrateur de la Cité peut %1. Mot de passe administrateur :</translation>
    </message>
</context>
<context>
    <name>AdminRole</name>
    <message>
        <source>edit the referential</source>
        <translation>modifier le référentiel</translation>
    </message>
    <message>
        <source>change the closed days</source>
        <translation>modifier les jours de fermeture</translation>
    </message>
    <message>
        <source>change the synchronisation settings</source>
        <translation>modifier les réglages de synchronisation</translation>
    </message>
    <message>
        <source>delete an entry of another day</source>
        <translation>supprimer une saisie d’un autre jour</translation>
    </message>
    <message>
        <source>rebuild from the share</source>
        <translation>reconstruire depuis le partage</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les préférences</translation>
    </message>
    <message>
        <source>Not enough memory to hash the admin password.</source>
        <translation>Mémoire insuffisante pour calculer l’empreinte du mot de passe administrateur.</translation>
    </message>
    <message>
        <source>The admin password needs at least %1 characters.</source>
        <translation>Le mot de passe administrateur doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>No admin password is set for this Cité yet.</source>
        <translation>Aucun mot de passe administrateur n’est encore défini pour cette Cité.</translation>
    </message>
    <message>
        <source>Wrong admin password.</source>
        <translation>Mot de passe administrateur incorrect.</translation>
    </message>
    <message>
        <source>Only the Cité&apos;s administrator may %1: the admin password is needed.</source>
        <translation>Seul l’administrateur de la Cité peut %1 : le mot de passe administrateur est nécessaire.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Le premier jour de la période ne peut pas être postérieur au dernier.</translation>
    </message>
    <message>
        <source>Computing the attendance</source>
        <translation>Calcul de la fréquentation</translation>
    </message>
    <message>
        <source>Invalid day.</source>
        <translation>Jour non valide.</translation>
    </message>
    <message>
        <source>Computing the attendance by hour</source>
        <translation>Calcul de la fréquentation par heure</translation>
    </message>
    <message>
        <source>Computing the hours of attendance</source>
        <translation>Calcul des heures de fréquentation</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>Hors de France</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Département %1</translation>
    </message>
    <message>
        <source>Computing the breakdown by %1</source>
        <translation>Calcul de la répartition par %1</translation>
    </message>
    <message>
        <source>Listing the desks</source>
        <translation>Liste des postes</translation>
    </message>
</context>
<context>
    <name>BatchCodec</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is truncated (no final line break)</source>
        <translation>le fichier est tronqué (pas de saut de ligne final)</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (%2)</source>
        <translation>la ligne %1 n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>not a Passages batch file</source>
        <translation>ce n’est pas un fichier de lot Passages</translation>
    </message>
    <message>
        <source>batch format %1 is newer than this version of Passages (%2)</source>
        <translation>le format de lot %1 est plus récent que cette version de Passages (%2)</translation>
    </message>
    <message>
        <source>invalid batch format version</source>
        <translation>version du format de lot non valide</translation>
    </message>
    <message>
        <source>the file is truncated (no end line)</source>
        <translation>le fichier est tronqué (pas de ligne de fin)</translation>
    </message>
    <message>
        <source>the signature does not match (damaged, or written for another share)</source>
        <translation>la signature ne correspond pas (fichier endommagé, ou écrit pour un autre partage)</translation>
    </message>
    <message>
        <source>line %1 is not a valid change</source>
        <translation>la ligne %1 n’est pas une modification valide</translation>
    </message>
    <message>
        <source>the header announces %1 rows, the file holds %2</source>
        <translation>l’en-tête annonce %1 lignes, le fichier en contient %2</translation>
    </message>
    <message>
        <source>the end line was altered</source>
        <translation>la ligne de fin a été modifiée</translation>
    </message>
    <message>
        <source>the signature does not match (damaged or altered)</source>
        <translation>la signature ne correspond pas (fichier endommagé ou modifié)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 KB</source>
        <translation>la ligne %1 dépasse %2 Ko</translation>
    </message>
</context>
<context>
    <name>BilanBuilder</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Année %1 non valide.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>1 January to %1, compared with the same dates of %2</source>
        <translation>du 1er janvier au %1, comparé à la même période de %2</translation>
    </message>
    <message>
        <source>Contacts by pôle</source>
        <translation>Contacts par pôle</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Contacts (walk-ins)</source>
        <translation>Contacts (passages)</translation>
    </message>
    <message>
        <source>Interviews by pôle</source>
        <translation>Entretiens par pôle</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Participants in events</source>
        <translation>Participants aux événements</translation>
    </message>
    <message>
        <source>Participants by type of event</source>
        <translation>Participants par type d’événement</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Participants by event</source>
        <translation>Participants par événement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Contacts by age band</source>
        <translation>Contacts par tranche d’âge</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Contacts by public</source>
        <translation>Contacts par public</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Contacts by department</source>
        <translation>Contacts par département</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Jours d’ouverture</translation>
    </message>
    <message>
        <source>Contacts per opening day</source>
        <translation>Contacts par jour d’ouverture</translation>
    </message>
    <message>
        <source>Contacts by theme</source>
        <translation>Contacts par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Contacts by commune</source>
        <translation>Contacts par commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contacts by service level</source>
        <translation>Contacts par niveau de service</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Contacts by orientation</source>
        <translation>Contacts par orientation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Closed (weekend, public holiday, closure)</source>
        <translation>Fermé (week-end, jour férié, fermeture)</translation>
    </message>
    <message>
        <source>Same period last year (total)</source>
        <translation>Même période l’an dernier (total)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l’an dernier</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Walk-ins per opening day by weekday and hour</source>
        <translation>Passages par jour d’ouverture, selon le jour et l’heure</translation>
    </message>
    <message>
        <source>When do people come? Walk-ins per opening day, %1 – %2</source>
        <translation>Quand les visiteurs viennent-ils ? Passages par jour d’ouverture, %1 – %2</translation>
    </message>
    <message>
        <source>Hatched: closed that weekday. Total of the period: %1 walk-ins.</source>
        <translation>Hachuré : fermé ce jour de la semaine. Total de la période : %1 passages.</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <comment>a month under way, compared up to that day</comment>
        <translation>%1 (au %2)</translation>
    </message>
</context>
<context>
    <name>ClosureStore</name>
    <message>
        <source>Reading the closures</source>
        <translation>Lecture des fermetures</translation>
    </message>
    <message>
        <source>A closure needs a first day on or before its last day.</source>
        <translation>Le premier jour d’une fermeture ne peut pas être postérieur au dernier.</translation>
    </message>
    <message>
        <source>The reason of a closure is at most 80 characters.</source>
        <translation>Le motif d’une fermeture ne peut pas dépasser 80 caractères.</translation>
    </message>
    <message>
        <source>Recording the closure</source>
        <translation>Enregistrement de la fermeture</translation>
    </message>
    <message>
        <source>Removing the closure</source>
        <translation>Suppression de la fermeture</translation>
    </message>
    <message>
        <source>No closure with id %1.</source>
        <translation>Aucune fermeture avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>A closure lies between 1990 and 2100 and lasts at most a year.</source>
        <translation>Une fermeture se situe entre 1990 et 2100 et dure au plus un an.</translation>
    </message>
    <message>
        <source>The reason of a closure must not hold control characters.</source>
        <translation>Le motif d’une fermeture ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Counting the walk-ins of the closure&apos;s days</source>
        <translation>Décompte des passages des jours de la fermeture</translation>
    </message>
    <message>
        <source>A closure needs a reason (summer closure, inventory, strike…).</source>
        <translation>Une fermeture a besoin d’un motif (fermeture estivale, inventaire, grève…).</translation>
    </message>
    <message>
        <source>Those days are already closed by the closure from %1 to %2 (%3).</source>
        <translation>Ces jours sont déjà fermés par la fermeture du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sans motif</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) are already recorded on those days.</source>
        <translation>
            <numerusform>%n passage est déjà enregistré sur ces jours.</numerusform>
            <numerusform>%n passages sont déjà enregistrés sur ces jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneIndex</name>
    <message>
        <source>Cannot read the communes file %1: %2</source>
        <translation>Impossible de lire le fichier des communes %1 : %2</translation>
    </message>
    <message>
        <source>%1: the communes file is not valid UTF-8</source>
        <translation>%1 : le fichier des communes n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>%1, line %2: invalid %3 &quot;%4&quot;</source>
        <translation>%1, ligne %2 : %3 invalide &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: expected the header &quot;%3&quot;</source>
        <translation>%1, ligne %2 : l’en-tête &quot;%3&quot; était attendu</translation>
    </message>
    <message>
        <source>%1, line %2: expected 5 tab-separated fields, found %3</source>
        <translation>%1, ligne %2 : 5 champs séparés par des tabulations attendus, %3 trouvés</translation>
    </message>
    <message>
        <source>%1, line %2: duplicate code &quot;%3&quot;</source>
        <translation>%1, ligne %2 : code &quot;%3&quot; en double</translation>
    </message>
    <message>
        <source>%1: no header line &quot;%2&quot;</source>
        <translation>%1 : pas de ligne d’en-tête &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ConsolidationService</name>
    <message>
        <source>%1 is a desk database (desk &quot;%2&quot;), not a consolidation cache; choose a file of its own</source>
        <translation>%1 est la base de données d’un poste (poste « %2 »), pas un cache de consolidation ; choisissez un fichier à part</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new file(s): %1 imported, %2 duplicate(s), %3 quarantined, %4 held, %5 fork(s), %6 from unapproved keys.</source>
        <translation>
            <numerusform>%Ln nouveau fichier (importés : %1, doublons : %2, en quarantaine : %3, retenus : %4, postes repartis sous une nouvelle identité : %5, de clés non approuvées : %6).</numerusform>
            <numerusform>%Ln nouveaux fichiers (importés : %1, doublons : %2, en quarantaine : %3, retenus : %4, postes repartis sous une nouvelle identité : %5, de clés non approuvées : %6).</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC&apos;s key awaits an administrator&apos;s approval (Tous les postes › Postes en attente, or passages-cli share approve); desks ignore its receipts until then.</source>
        <translation>La clé de ce PC attend l’approbation d’un administrateur (Tous les postes › Postes en attente, ou passages-cli share approve) ; les postes ignorent ses accusés de réception jusque-là.</translation>
    </message>
    <message>
        <source>Receipts not written (retried next time): %1</source>
        <translation>Accusés de réception non écrits (nouvel essai la prochaine fois) : %1</translation>
    </message>
</context>
<context>
    <name>Consolidator</name>
    <message>
        <source>Reading the columns of %1</source>
        <translation>Lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>Reading the consolidation state</source>
        <translation>Lecture de l’état de la consolidation</translation>
    </message>
    <message>
        <source>not a batch file name</source>
        <translation>ce n’est pas un nom de fichier de lot</translation>
    </message>
    <message>
        <source>the name&apos;s desk identity does not match its folder</source>
        <translation>l’identité de poste indiquée dans le nom ne correspond pas à son dossier</translation>
    </message>
    <message>
        <source>content does not match the hash in its name (truncated or damaged)</source>
        <translation>le contenu ne correspond pas à l’empreinte indiquée dans son nom (fichier tronqué ou endommagé)</translation>
    </message>
    <message>
        <source>its header names another desk or batch number</source>
        <translation>son en-tête indique un autre poste ou un autre numéro de lot</translation>
    </message>
    <message>
        <source>unknown kind of record &quot;%1&quot; (made by a newer Passages?)</source>
        <translation>type d’enregistrement &quot;%1&quot; inconnu (créé par une version plus récente de Passages ?)</translation>
    </message>
    <message>
        <source>batch %1 of this desk exists with different content (%2): two computers share one identity</source>
        <translation>le lot %1 de ce poste existe avec un contenu différent (%2) : deux ordinateurs partagent la même identité</translation>
    </message>
    <message>
        <source>Holding desk %1</source>
        <translation>Mise en retenue du poste %1</translation>
    </message>
    <message>
        <source>Recording desk %1</source>
        <translation>Enregistrement du poste %1</translation>
    </message>
    <message>
        <source>record %1 is refused by the database: %2</source>
        <translation>l’enregistrement %1 est refusé par la base de données : %2</translation>
    </message>
    <message>
        <source>Reading the desks&apos; health</source>
        <translation>Lecture de l’état des postes</translation>
    </message>
    <message>
        <source>Reading the share&apos;s problems</source>
        <translation>Lecture des problèmes du partage</translation>
    </message>
    <message>
        <source>Reading the database&apos;s tables</source>
        <translation>Lecture des tables de la base de données</translation>
    </message>
    <message>
        <source>Reading the receipts to write</source>
        <translation>Lecture des accusés de réception à écrire</translation>
    </message>
    <message>
        <source>Recording the receipts</source>
        <translation>Enregistrement des accusés de réception</translation>
    </message>
    <message>
        <source>a record is refused by the database: %1</source>
        <translation>un enregistrement est refusé par la base de données : %1</translation>
    </message>
    <message>
        <source>Recording the files of the share</source>
        <translation>Enregistrement des fichiers du partage</translation>
    </message>
    <message>
        <source>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</source>
        <translation>Le partage %1 a été préparé avant les signatures : un administrateur le met à niveau une fois avec : passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The administrator key in the share&apos;s SHARE_ID is not the one this consolidation knows: the share was replaced or tampered with.</source>
        <translation>La clé d’administration du fichier SHARE_ID du partage n’est pas celle que connaît cette consolidation : le partage a été remplacé ou falsifié.</translation>
    </message>
    <message>
        <source>this desk&apos;s key is not approved by an administrator (yet)</source>
        <translation>la clé de ce poste n’est pas (encore) approuvée par un administrateur</translation>
    </message>
    <message>
        <source>signed by a key that is not the one approved for this desk</source>
        <translation>signé par une clé qui n’est pas celle approuvée pour ce poste</translation>
    </message>
    <message numerus="yes">
        <source>an unsigned batch (older format) beyond the %n the administrator approved for this desk</source>
        <translation>
            <numerusform>un lot non signé (ancien format) au-delà du %n approuvé par l’administrateur pour ce poste</numerusform>
            <numerusform>un lot non signé (ancien format) au-delà des %n approuvés par l’administrateur pour ce poste</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: </source>
        <translation>enregistrement %1 : </translation>
    </message>
    <message>
        <source>a record id is not valid</source>
        <translation>un identifiant d’enregistrement n’est pas valide</translation>
    </message>
    <message>
        <source>the field %1 is too long or holds control characters</source>
        <translation>le champ %1 est trop long ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the field %1 holds an impossible number</source>
        <translation>le champ %1 contient un nombre impossible</translation>
    </message>
    <message>
        <source>a group of %1 is outside 1..%2</source>
        <translation>un groupe de %1 est hors de 1..%2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 inconnu « %2 »</translation>
    </message>
    <message>
        <source>the commune is not a commune code</source>
        <translation>la commune n’est pas un code de commune</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a plausible date</source>
        <translation>la date « %1 » n’est pas une date plausible</translation>
    </message>
    <message>
        <source>Reading where records come from</source>
        <translation>Lecture de l’origine des enregistrements</translation>
    </message>
    <message>
        <source>record %1 belongs to another desk, which alone may change or delete it</source>
        <translation>l’enregistrement %1 appartient à un autre poste, seul autorisé à le modifier ou le supprimer</translation>
    </message>
    <message>
        <source>Recording where records come from</source>
        <translation>Enregistrement de l’origine des enregistrements</translation>
    </message>
    <message>
        <source>A consolidation into %1 is already in progress (process %2 on %3); its figures will be there when it ends. Try again then.</source>
        <translation>Une consolidation dans %1 est déjà en cours (processus %2 sur %3) ; ses chiffres y seront quand elle aura fini. Réessayez alors.</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>Coverage check: the period must run from a date to a later one (got %1 to %2).</source>
        <translation>Contrôle de couverture : la période doit aller d’une date à une date postérieure (reçu %1 à %2).</translation>
    </message>
    <message>
        <source>reading walk-ins by desk and hour</source>
        <translation>lecture des passages par poste et par heure</translation>
    </message>
    <message>
        <source>reading entries on closed days</source>
        <translation>lecture des saisies des jours fermés</translation>
    </message>
    <message>
        <source>reading back-dated entries</source>
        <translation>lecture des saisies antidatées</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n’est jamais refermé.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Impossible de lire %1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>Cannot read %1: not a regular file.</source>
        <translation>Impossible de lire %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not read.</source>
        <translation>%1 dépasse %2 Mo : non lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>Impossible de configurer la base de données %1 (%2) : %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Passages database: %2</source>
        <translation>La base de données %1 est endommagée ou n’est pas une base Passages : %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passages (schema %2; this version knows up to %3). Update Passages.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Passages (schéma %2 ; cette version connaît jusqu’au schéma %3). Mettez Passages à jour.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Migration %1 manquante.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Échec de la mise à niveau de %1 vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>Recording schema %1</source>
        <translation>Enregistrement du schéma %1</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>Enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Ouverture d’une transaction</translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation>Enregistrement dans la base de données</translation>
    </message>
    <message>
        <source>Undoing a change</source>
        <translation>Annulation d’une modification</translation>
    </message>
    <message>
        <source>%1 is being written by another program (a consolidation, or Passages open elsewhere); try again when it is done.</source>
        <translation>%1 est en cours d’écriture par un autre programme (une consolidation, ou Passages ouvert ailleurs)&#xa0;; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2 is read-only (Passages writes the database and its -wal and -shm files there).</source>
        <translation>Impossible d’utiliser la base de données %1 : %2 est en lecture seule (Passages y écrit la base et ses fichiers -wal et -shm).</translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation>Lecture du réglage %1</translation>
    </message>
</context>
<context>
    <name>DeskIdentity</name>
    <message>
        <source>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</source>
        <translation>Ce poste n’a pas encore de site ni de nom ; définissez-les d’abord (passages-cli init --site CODE --desk LABEL).</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>This desk has no site and desk label yet.</source>
        <translation>Ce poste n’a pas encore de site ni de nom.</translation>
    </message>
    <message>
        <source>Reading the pending batches</source>
        <translation>Lecture des lots en attente</translation>
    </message>
    <message>
        <source>the database was moved or copied to another computer</source>
        <translation>la base de données a été déplacée ou copiée sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Reading the published batches</source>
        <translation>Lecture des lots publiés</translation>
    </message>
    <message>
        <source>the share holds batch %1 of this desk, which this database never made (restored from an older backup?)</source>
        <translation>le partage contient le lot %1 de ce poste, que cette base n’a jamais produit (restaurée depuis une sauvegarde plus ancienne ?)</translation>
    </message>
    <message>
        <source>another computer publishes under this desk&apos;s identity (batch %1 differs)</source>
        <translation>un autre ordinateur publie sous l’identité de ce poste (le lot %1 diffère)</translation>
    </message>
    <message>
        <source>Re-queueing unpublished rows</source>
        <translation>Remise en file d’attente des lignes non publiées</translation>
    </message>
    <message>
        <source>Counting unsent rows</source>
        <translation>Comptage des lignes non envoyées</translation>
    </message>
    <message>
        <source>Reading the last batch</source>
        <translation>Lecture du dernier lot</translation>
    </message>
    <message>
        <source>Cutting a batch</source>
        <translation>Constitution d’un lot</translation>
    </message>
    <message>
        <source>Reading batch %1</source>
        <translation>Lecture du lot %1</translation>
    </message>
    <message>
        <source>Batch %1 no longer matches what was recorded; the local database may be damaged.</source>
        <translation>Le lot %1 ne correspond plus à ce qui a été enregistré ; la base de données locale est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Marking batch %1 published</source>
        <translation>Marquage du lot %1 comme publié</translation>
    </message>
    <message>
        <source>Batch %1 was damaged while writing to the share (read-back check failed); it will be written again.</source>
        <translation>Le lot %1 a été endommagé lors de l’écriture sur le partage (échec de la vérification par relecture) ; il sera réécrit.</translation>
    </message>
    <message>
        <source>Batch %1 could not be published after several attempts.</source>
        <translation>Le lot %1 n’a pas pu être publié après plusieurs tentatives.</translation>
    </message>
    <message>
        <source>batch %1: %2</source>
        <translation>lot %1 : %2</translation>
    </message>
    <message>
        <source>Queueing a damaged batch again</source>
        <translation>Remise en file d’un lot endommagé</translation>
    </message>
    <message>
        <source>Recording a receipt</source>
        <translation>Enregistrement d’un accusé de réception</translation>
    </message>
    <message>
        <source>The receipt %1 is not signed by an approved consolidating PC; it is ignored.</source>
        <translation>L’accusé de réception %1 n’est pas signé par un PC de consolidation approuvé ; il est ignoré.</translation>
    </message>
    <message>
        <source>The share %1 was prepared before signatures: an administrator upgrades it once with: passages-cli share upgrade --share %1</source>
        <translation>Le partage %1 a été préparé avant les signatures : un administrateur le met à niveau une fois avec : passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The administrator key in the share&apos;s SHARE_ID is not the one this desk knows: the share was replaced or tampered with. Nothing was sent.</source>
        <translation>La clé d’administration du fichier SHARE_ID du partage n’est pas celle que connaît ce poste : le partage a été remplacé ou falsifié. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>This desk awaits an administrator&apos;s approval (key %1); its batches wait on the share until then.</source>
        <translation>Ce poste attend l’approbation d’un administrateur (clé %1) ; ses lots attendent sur le partage jusque-là.</translation>
    </message>
    <message>
        <source>Signing pending batches</source>
        <translation>Signature des lots en attente</translation>
    </message>
    <message>
        <source>Queueing a missing batch again</source>
        <translation>Remise en file d’un lot manquant</translation>
    </message>
</context>
<context>
    <name>Fonds</name>
    <message>
        <source>Saving to the fonds</source>
        <translation>Enregistrement dans le fonds documentaire</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Le titre est manquant.</translation>
    </message>
    <message>
        <source>The theme is missing; valid themes: %1.</source>
        <translation>Le thème est manquant ; thèmes valides : %1.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; valid themes: %2.</source>
        <translation>Thème &quot;%1&quot; inconnu ; thèmes valides : %2.</translation>
    </message>
    <message>
        <source>The year %1 is not a publication year.</source>
        <translation>L’année %1 n’est pas une année de publication valide.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a language code such as fr or en.</source>
        <translation>La langue &quot;%1&quot; n’est pas un code de langue comme fr ou en.</translation>
    </message>
    <message>
        <source>The inventory number is missing.</source>
        <translation>Le numéro d’inventaire est manquant.</translation>
    </message>
    <message>
        <source>The inventory number &quot;%1&quot; contains a space or an invisible character.</source>
        <translation>Le numéro d’inventaire &quot;%1&quot; contient un espace ou un caractère invisible.</translation>
    </message>
    <message>
        <source>The inventory number has more than 40 characters.</source>
        <translation>Le numéro d’inventaire dépasse 40 caractères.</translation>
    </message>
    <message>
        <source>The acquisition date %1 is in the future.</source>
        <translation>La date d’acquisition %1 est dans le futur.</translation>
    </message>
    <message>
        <source>ISBN %1 is already in the catalogue: &quot;%2&quot;.</source>
        <translation>L’ISBN %1 figure déjà au catalogue : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Inventory number %1 is already used by another copy.</source>
        <translation>Le numéro d’inventaire %1 est déjà utilisé par un autre exemplaire.</translation>
    </message>
    <message>
        <source>Reading title %1</source>
        <translation>Lecture du titre %1</translation>
    </message>
    <message>
        <source>No title with id &quot;%1&quot;.</source>
        <translation>Aucun titre avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Looking up ISBN %1</source>
        <translation>Recherche de l’ISBN %1</translation>
    </message>
    <message>
        <source>Reading the catalogue</source>
        <translation>Lecture du catalogue</translation>
    </message>
    <message>
        <source>Reading copy %1</source>
        <translation>Lecture de l’exemplaire %1</translation>
    </message>
    <message>
        <source>No copy with id &quot;%1&quot;.</source>
        <translation>Aucun exemplaire avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Looking up inventory number %1</source>
        <translation>Recherche du numéro d’inventaire %1</translation>
    </message>
    <message>
        <source>Reading the copies of %1</source>
        <translation>Lecture des exemplaires du titre %1</translation>
    </message>
    <message>
        <source>Reading the copies</source>
        <translation>Lecture des exemplaires</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n’a été scanné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an inventory number of the catalogue nor an ISBN.</source>
        <translation>&quot;%1&quot; n’est ni un numéro d’inventaire du catalogue ni un ISBN.</translation>
    </message>
    <message>
        <source>The count must be between 1 and 999 (got %1).</source>
        <translation>Le nombre doit être compris entre 1 et 999 (reçu : %1).</translation>
    </message>
    <message>
        <source>ISBN %1 is not in the catalogue; catalogue it first, or count the consultation on its theme.</source>
        <translation>L’ISBN %1 n’est pas au catalogue ; cataloguez-le d’abord, ou comptez la consultation sur son thème.</translation>
    </message>
    <message>
        <source>Reading consultation %1</source>
        <translation>Lecture de la consultation %1</translation>
    </message>
    <message>
        <source>No consultation with id &quot;%1&quot;.</source>
        <translation>Aucune consultation avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Consultation &quot;%1&quot; is already deleted.</source>
        <translation>La consultation &quot;%1&quot; est déjà supprimée.</translation>
    </message>
    <message>
        <source>Reading the consultations</source>
        <translation>Lecture des consultations</translation>
    </message>
    <message>
        <source>Invalid year %1.</source>
        <translation>Année %1 non valide.</translation>
    </message>
    <message>
        <source>Counting the consultations</source>
        <translation>Comptage des consultations</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review or a daily newspaper.</source>
        <translation>&quot;%1&quot; n’est ni une revue ni un quotidien.</translation>
    </message>
    <message>
        <source>The issues per year must be between 1 and 366 (got %1).</source>
        <translation>Le nombre de numéros par an doit être compris entre 1 et 366 (reçu : %1).</translation>
    </message>
    <message>
        <source>The date of the first expected issue is missing.</source>
        <translation>La date du premier numéro attendu est manquante.</translation>
    </message>
    <message>
        <source>The subscription ends before it starts.</source>
        <translation>L’abonnement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Keep either the last N issues or the last N months, not both.</source>
        <translation>Conservez soit les N derniers numéros, soit les N derniers mois, mais pas les deux.</translation>
    </message>
    <message>
        <source>Reading subscription %1</source>
        <translation>Lecture de l’abonnement %1</translation>
    </message>
    <message>
        <source>No subscription with id &quot;%1&quot;.</source>
        <translation>Aucun abonnement avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the subscriptions</source>
        <translation>Lecture des abonnements</translation>
    </message>
    <message>
        <source>The reception date %1 is in the future.</source>
        <translation>La date de réception %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Reading the issues</source>
        <translation>Lecture des numéros</translation>
    </message>
    <message>
        <source>Reading issue %1</source>
        <translation>Lecture du numéro %1</translation>
    </message>
    <message>
        <source>No issue with id &quot;%1&quot;.</source>
        <translation>Aucun numéro avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Counting the periodicals</source>
        <translation>Comptage des périodiques</translation>
    </message>
    <message>
        <source>Counting the issues</source>
        <translation>Comptage des numéros</translation>
    </message>
    <message>
        <source>The age limit of %1 must be between 0 and 100 years.</source>
        <translation>L’ancienneté maximale pour le thème %1 doit être comprise entre 0 et 100 ans.</translation>
    </message>
    <message>
        <source>The years without consultation must be between 0 and 50.</source>
        <translation>Le nombre d’années sans consultation doit être compris entre 0 et 50.</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>trop ancien</translation>
    </message>
    <message>
        <source>superseded by a newer edition</source>
        <translation>remplacé par une édition plus récente</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>non consulté</translation>
    </message>
    <message>
        <source>Recording the scan %1</source>
        <translation>Enregistrement du scan %1</translation>
    </message>
    <message>
        <source>Reading the inventory session</source>
        <translation>Lecture de la séance de récolement</translation>
    </message>
    <message>
        <source>Starting a new inventory session</source>
        <translation>Ouverture d’une nouvelle séance de récolement</translation>
    </message>
    <message>
        <source>The field %1 has %2 characters; at most %3 are kept in the catalogue.</source>
        <translation>Le champ %1 compte %2 caractères ; le catalogue en garde au plus %3.</translation>
    </message>
    <message>
        <source>The field %1 holds a control character.</source>
        <translation>Le champ %1 contient un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>FondsCodes</name>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Daily newspaper</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Bimensuel</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Bimestriel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
</context>
<context>
    <name>FondsCsv</name>
    <message>
        <source>%1: the file is empty (expected a header line: %2).</source>
        <translation>%1 : le fichier est vide (ligne d’en-tête attendue : %2).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</source>
        <translation>%1, ligne 1 : colonne &quot;%2&quot; inconnue (colonnes attendues : %3).</translation>
    </message>
    <message>
        <source>%1, line 1: column &quot;%2&quot; appears twice.</source>
        <translation>%1, ligne 1 : la colonne &quot;%2&quot; apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1, ligne 1 : la colonne obligatoire &quot;%2&quot; est absente.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, ligne %2, champ %3 : %4</translation>
    </message>
    <message>
        <source>%1 fields for %2 columns.</source>
        <translation>%1 champs pour %2 colonnes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year such as 2024.</source>
        <translation>&quot;%1&quot; n’est pas une année (par exemple 2024).</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; valid types: %2.</source>
        <translation>type &quot;%1&quot; inconnu ; types valides : %2.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; valid statuses: %2.</source>
        <translation>statut &quot;%1&quot; inconnu ; statuts valides : %2.</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; valid sources: %2.</source>
        <translation>provenance &quot;%1&quot; inconnue ; provenances valides : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>&quot;%1&quot; n’est pas une date (format attendu : AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>inventory number %1 is already in the catalogue.</source>
        <translation>le numéro d’inventaire %1 figure déjà au catalogue.</translation>
    </message>
    <message>
        <source>inventory number %1 is also on line %2.</source>
        <translation>le numéro d’inventaire %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>ISBN %1 is also on line %2 with another title (&quot;%3&quot;).</source>
        <translation>l’ISBN %1 figure aussi à la ligne %2 avec un autre titre (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>ISBN %1 is already in the catalogue with another title (&quot;%2&quot;).</source>
        <translation>l’ISBN %1 figure déjà au catalogue avec un autre titre (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>The date and time are not valid.</source>
        <translation>La date et l’heure ne sont pas valides.</translation>
    </message>
    <message>
        <source>Saving the interview</source>
        <translation>Enregistrement de l’entretien</translation>
    </message>
    <message>
        <source>Interview &quot;%1&quot; was deleted.</source>
        <translation>L’entretien &quot;%1&quot; a été supprimé.</translation>
    </message>
    <message>
        <source>Interview &quot;%1&quot; is already deleted.</source>
        <translation>L’entretien &quot;%1&quot; est déjà supprimé.</translation>
    </message>
    <message>
        <source>Reading interview %1</source>
        <translation>Lecture de l’entretien %1</translation>
    </message>
    <message>
        <source>No interview with id &quot;%1&quot;.</source>
        <translation>Aucun entretien avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the interviews of %1</source>
        <translation>Lecture des entretiens du %1</translation>
    </message>
    <message>
        <source>Counting the day&apos;s interviews</source>
        <translation>Comptage des entretiens du jour</translation>
    </message>
    <message>
        <source>Reading the last interview</source>
        <translation>Lecture du dernier entretien</translation>
    </message>
</context>
<context>
    <name>Isbn</name>
    <message>
        <source>The ISBN is empty.</source>
        <translation>L’ISBN est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: it has %2 characters (an ISBN has 10 or 13).</source>
        <translation>&quot;%1&quot; n’est pas un ISBN : il compte %2 caractères (un ISBN en compte 10 ou 13).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: only digits are allowed (and X as the last character of an ISBN-10).</source>
        <translation>&quot;%1&quot; n’est pas un ISBN : seuls les chiffres sont autorisés (et X comme dernier caractère d’un ISBN-10).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN: a book&apos;s EAN starts with 978 or 979.</source>
        <translation>&quot;%1&quot; n’est pas un ISBN : l’EAN d’un livre commence par 978 ou 979.</translation>
    </message>
    <message>
        <source>ISBN &quot;%1&quot; has a wrong check digit: %2 instead of %3 (a misread or mistyped digit).</source>
        <translation>L’ISBN &quot;%1&quot; a une clé de contrôle erronée : %2 au lieu de %3 (chiffre mal lu ou mal saisi).</translation>
    </message>
</context>
<context>
    <name>LocalShareFs</name>
    <message>
        <source>The share is full (%1): %2</source>
        <translation>Le partage est plein (%1) : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot close %1: %2</source>
        <translation>Impossible de fermer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the share</source>
        <translation>Impossible de forcer l’écriture de %1 sur le partage</translation>
    </message>
    <message>
        <source>Cannot close %1</source>
        <translation>Impossible de fermer %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is a symbolic link, which Passages never follows on the share.</source>
        <translation>Impossible de créer %1 : son dossier est un lien symbolique, que Passages ne suit jamais sur le partage.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not read</source>
        <translation>%1 dépasse %2 Mo : non lu</translation>
    </message>
    <message>
        <source>%1 is a link, which Passages never follows on the share</source>
        <translation>%1 est un lien, que Passages ne suit jamais sur le partage</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which Passages never follows on the share</source>
        <translation>%1 est un lien symbolique, que Passages ne suit jamais sur le partage</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: it is not inside the share.</source>
        <translation>Impossible de créer le dossier %1 : il n’est pas dans le partage.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a symbolic link or not a folder, which Passages never follows on the share.</source>
        <translation>Impossible de créer le dossier %1 : %2 est un lien symbolique ou n’est pas un dossier, et Passages ne suit jamais de lien sur le partage.</translation>
    </message>
    <message>
        <source>Cannot open the share folder %1</source>
        <translation>Impossible d’ouvrir le dossier de partage %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>line %1 of %2 is longer than %3 KB: not read further</source>
        <translation>la ligne %1 de %2 dépasse %3 Ko : lecture arrêtée</translation>
    </message>
</context>
<context>
    <name>NetworkAttendance</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Le premier jour de la période ne peut pas être postérieur au dernier.</translation>
    </message>
    <message>
        <source>Computing the network&apos;s attendance</source>
        <translation>Calcul de la fréquentation du réseau</translation>
    </message>
    <message>
        <source>Invalid day.</source>
        <translation>Jour non valide.</translation>
    </message>
    <message>
        <source>Computing the network&apos;s attendance by hour</source>
        <translation>Calcul de la fréquentation du réseau par heure</translation>
    </message>
    <message>
        <source>Computing the network&apos;s hours of attendance</source>
        <translation>Calcul des heures de fréquentation du réseau</translation>
    </message>
    <message>
        <source>Outside France</source>
        <translation>Hors de France</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Département %1</translation>
    </message>
    <message>
        <source>Computing the breakdown by %1</source>
        <translation>Calcul de la répartition par %1</translation>
    </message>
    <message>
        <source>Computing the walk-ins by Cité</source>
        <translation>Calcul des passages par Cité</translation>
    </message>
    <message>
        <source>Reading the network&apos;s closures</source>
        <translation>Lecture des fermetures du réseau</translation>
    </message>
    <message>
        <source>Every Cité closed</source>
        <translation>Toutes les Cités fermées</translation>
    </message>
    <message>
        <source>Reading the network&apos;s programme</source>
        <translation>Lecture de la programmation du réseau</translation>
    </message>
</context>
<context>
    <name>NetworkConnectionTester</name>
    <message>
        <source>(your login name)</source>
        <translation>(votre identifiant de session)</translation>
    </message>
    <message>
        <source>The network database was prepared by a newer Passages: upgrade Passages on this computer before opening it.</source>
        <translation>La base réseau a été préparée par une version plus récente de Passages : mettez Passages à jour sur cet ordinateur avant de l’ouvrir.</translation>
    </message>
    <message>
        <source>The server answers and the database exists, but it is not prepared for Passages: an administrator runs &quot;passages-cli network init --pg CONNINFO&quot; once.</source>
        <translation>Le serveur répond et la base existe, mais elle n’est pas préparée pour Passages : un administrateur lance une fois « passages-cli network init --pg CONNINFO ».</translation>
    </message>
    <message>
        <source>These settings are refused: %1</source>
        <translation>Ces réglages sont refusés : %1</translation>
    </message>
    <message>
        <source>The server refused user %1 or its password: check the line of %2, or the password typed for this session.</source>
        <translation>Le serveur a refusé l’utilisateur %1 ou son mot de passe : vérifiez sa ligne dans %2, ou le mot de passe saisi pour cette session.</translation>
    </message>
    <message>
        <source>The server asks for the password of user %1 and none was found: add a line host:port:database:user:password to %2 (readable by you only), or type it for this session.</source>
        <translation>Le serveur demande le mot de passe de l’utilisateur %1 et aucun n’a été trouvé : ajoutez une ligne serveur:port:base:utilisateur:mot de passe à %2 (lisible par vous seul), ou saisissez-le pour cette session.</translation>
    </message>
    <message>
        <source>The server answers but has no database %1: an administrator creates it (createdb) and prepares it (passages-cli network init).</source>
        <translation>Le serveur répond mais n’a pas de base %1 : un administrateur la crée (createdb) et la prépare (passages-cli network init).</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1: check the host and the port, that the server runs and that this computer may reach it (firewall, network).</source>
        <translation>Aucun serveur PostgreSQL ne répond à l’adresse %1 : vérifiez le serveur et le port, que PostgreSQL y fonctionne et que cet ordinateur peut l’atteindre (pare-feu, réseau).</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>The network database cannot be opened: %1</source>
        <translation>La base réseau ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>Give a service name, or the server, the database and the user.</source>
        <translation>Indiquez un nom de service, ou le serveur, la base et l’utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the network database is ready (schema %1, %n Cité(s)).</source>
        <translation>
            <numerusform>Connexion réussie : la base réseau est prête (schéma %1, %n Cité).</numerusform>
            <numerusform>Connexion réussie : la base réseau est prête (schéma %1, %n Cités).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkDatabase</name>
    <message>
        <source>The connection string is empty.</source>
        <translation>La chaîne de connexion est vide.</translation>
    </message>
    <message>
        <source>A password may not be given in the connection string (it would show in the list of processes): libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Aucun mot de passe dans la chaîne de connexion (il apparaîtrait dans la liste des processus) : libpq le lit dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The connection URI is not valid: %1</source>
        <translation>L’URI de connexion n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The connection string may not contain &apos;;&apos;.</source>
        <translation>La chaîne de connexion ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the network database (%1): %2</source>
        <translation>Impossible d’ouvrir la base réseau (%1) : %2</translation>
    </message>
    <message>
        <source>The network database (%1) has schema %2, newer than this Passages knows (%3): upgrade Passages on this computer.</source>
        <translation>La base réseau (%1) est au schéma %2, plus récent que ce que connaît cette version de Passages (%3) : mettez Passages à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The network database (%1) is not prepared (schema %2 of %3): an administrator runs passages-cli network init --pg CONNINFO.</source>
        <translation>La base réseau (%1) n’est pas préparée (schéma %2 sur %3) : un administrateur lance passages-cli network init --pg CONNINFO.</translation>
    </message>
    <message>
        <source>Preparing the network database</source>
        <translation>Préparation de la base réseau</translation>
    </message>
    <message>
        <source>Migrating the network database to schema %1</source>
        <translation>Mise à jour de la base réseau au schéma %1</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Ouverture d’une transaction</translation>
    </message>
    <message>
        <source>Saving to the network database</source>
        <translation>Enregistrement dans la base réseau</translation>
    </message>
    <message>
        <source>%1: the connection to the network database was lost (server restarted or network cut); the unfinished part was not kept, run it again.</source>
        <translation>%1 : la connexion à la base réseau a été perdue (serveur redémarré ou réseau coupé) ; la partie inachevée n’a pas été conservée, relancez l’opération.</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Année %1 non valide.</translation>
    </message>
    <message>
        <source>A network report cannot be grouped by %1.</source>
        <translation>Un rapport réseau ne peut pas être ventilé par %1.</translation>
    </message>
    <message>
        <source>Reading the network database</source>
        <translation>Lecture de la base réseau</translation>
    </message>
    <message>
        <source>No Cité &quot;%1&quot; in the network database.</source>
        <translation>Aucune Cité « %1 » dans la base réseau.</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Calcul du rapport</translation>
    </message>
</context>
<context>
    <name>OpeningCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Reading %1 %2 for synchronisation</source>
        <translation>Lecture de %1 %2 pour la synchronisation</translation>
    </message>
    <message>
        <source>No %1 with id %2 to synchronise.</source>
        <translation>Aucun enregistrement %1 avec l’identifiant %2 à synchroniser.</translation>
    </message>
    <message>
        <source>Queueing %1 %2 for synchronisation</source>
        <translation>Mise en file d’attente de %1 %2 pour la synchronisation</translation>
    </message>
</context>
<context>
    <name>PassageCsv</name>
    <message>
        <source>%1: the file is empty (expected a header line: %2).</source>
        <translation>%1 : le fichier est vide (ligne d’en-tête attendue : %2).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (expected: %3).</source>
        <translation>%1, ligne 1 : colonne &quot;%2&quot; inconnue (colonnes attendues : %3).</translation>
    </message>
    <message>
        <source>%1, line 1: column &quot;%2&quot; appears twice.</source>
        <translation>%1, ligne 1 : la colonne &quot;%2&quot; apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1, ligne 1 : la colonne obligatoire &quot;%2&quot; est absente.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, ligne %2, champ %3 : %4</translation>
    </message>
    <message>
        <source>%1 fields for %2 columns.</source>
        <translation>%1 champs pour %2 colonnes.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>la date est manquante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DDTHH:MM or DD/MM/YYYY HH:MM).</source>
        <translation>&quot;%1&quot; n’est pas une date (format attendu : AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>entry %1 is already in this database (imported twice?).</source>
        <translation>le passage %1 figure déjà dans cette base (importé deux fois ?).</translation>
    </message>
</context>
<context>
    <name>PassageReports</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Année %1 non valide.</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Calcul du rapport</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Reading the desks</source>
        <translation>Lecture des postes</translation>
    </message>
    <message>
        <source>A yearly walk-in report cannot be grouped by %1.</source>
        <translation>Un rapport annuel des passages ne peut pas être ventilé par %1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisi</translation>
    </message>
</context>
<context>
    <name>PgConsolidationStore</name>
    <message>
        <source>the network database (%1), Cité %2</source>
        <translation>la base réseau (%1), Cité %2</translation>
    </message>
    <message>
        <source>Binding Cité %1 to its share</source>
        <translation>Rattachement de la Cité %1 à son partage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Cité code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, up to 40).</source>
        <translation>« %1 » n’est pas un code de Cité valide (minuscules, chiffres, « - » et « _ », 40 au plus).</translation>
    </message>
    <message>
        <source>Cité %1 is bound to another share (SHARE_ID %2), not this one (%3): a Cité is consolidated from its own share only.</source>
        <translation>La Cité %1 est rattachée à un autre partage (SHARE_ID %2), pas à celui-ci (%3) : une Cité n’est consolidée que depuis son propre partage.</translation>
    </message>
    <message>
        <source>This share (SHARE_ID %1) is already consolidated as Cité %2: consolidating it as %3 too would count it twice.</source>
        <translation>Ce partage (SHARE_ID %1) est déjà consolidé comme Cité %2 : le consolider aussi comme %3 le compterait deux fois.</translation>
    </message>
    <message>
        <source>Starting Cité %1 again</source>
        <translation>Reprise à zéro de la Cité %1</translation>
    </message>
    <message>
        <source>Starting the consolidation</source>
        <translation>Début de la consolidation</translation>
    </message>
    <message>
        <source>A consolidation of Cité %1 into the network database is already in progress; try again when it ends.</source>
        <translation>Une consolidation de la Cité %1 dans la base réseau est déjà en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Reading the consolidation state</source>
        <translation>Lecture de l’état de la consolidation</translation>
    </message>
    <message>
        <source>Recording the consolidation state</source>
        <translation>Enregistrement de l’état de la consolidation</translation>
    </message>
    <message>
        <source>Reading the referential</source>
        <translation>Lecture du référentiel</translation>
    </message>
    <message>
        <source>The referential of Cité %1 in the network database is invalid: %2</source>
        <translation>Le référentiel de la Cité %1 dans la base réseau n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Saving the referential</source>
        <translation>Enregistrement du référentiel</translation>
    </message>
    <message>
        <source>Reading the network database</source>
        <translation>Lecture de la base réseau</translation>
    </message>
    <message>
        <source>Reading where records come from</source>
        <translation>Lecture de l’origine des enregistrements</translation>
    </message>
    <message>
        <source>a record is refused by the database: %1</source>
        <translation>un enregistrement est refusé par la base de données : %1</translation>
    </message>
    <message>
        <source>record %1 is refused by the database: %2</source>
        <translation>l’enregistrement %1 est refusé par la base de données : %2</translation>
    </message>
    <message>
        <source>Importing a file</source>
        <translation>Import d’un fichier</translation>
    </message>
    <message>
        <source>Recording where records come from</source>
        <translation>Enregistrement de l’origine des enregistrements</translation>
    </message>
    <message>
        <source>Holding desk %1</source>
        <translation>Mise en retenue du poste %1</translation>
    </message>
    <message>
        <source>Recording the files of the share</source>
        <translation>Enregistrement des fichiers du partage</translation>
    </message>
    <message>
        <source>Recording desk %1</source>
        <translation>Enregistrement du poste %1</translation>
    </message>
    <message>
        <source>Recording the consolidation</source>
        <translation>Enregistrement de la consolidation</translation>
    </message>
    <message>
        <source>Reading the receipts to write</source>
        <translation>Lecture des accusés de réception à écrire</translation>
    </message>
    <message>
        <source>Recording the receipts</source>
        <translation>Enregistrement des accusés de réception</translation>
    </message>
    <message>
        <source>Reading the desks&apos; health</source>
        <translation>Lecture de l’état des postes</translation>
    </message>
    <message>
        <source>Reading the share&apos;s problems</source>
        <translation>Lecture des problèmes du partage</translation>
    </message>
    <message>
        <source>This login may only read the network database: consolidating needs the consolidation role&apos;s login (README, &quot;Network&quot;). Nothing was written.</source>
        <translation>Ce compte ne peut que lire la base réseau : consolider demande le compte du rôle de consolidation (README, « Network »). Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>PgDashboardSource</name>
    <message>
        <source>Reading the network&apos;s Cités</source>
        <translation>Lecture des Cités du réseau</translation>
    </message>
    <message>
        <source>Reading the network&apos;s desks</source>
        <translation>Lecture des postes du réseau</translation>
    </message>
    <message>
        <source>Network of the Cités des métiers</source>
        <translation>Réseau des Cités des métiers</translation>
    </message>
    <message>
        <source>Cité %1</source>
        <translation>Cité %1</translation>
    </message>
    <message>
        <source>Contacts by Cité</source>
        <translation>Contacts par Cité</translation>
    </message>
    <message>
        <source>Cité</source>
        <translation>Cité</translation>
    </message>
    <message>
        <source>Contacts by pôle, Cité %1</source>
        <translation>Contacts par pôle, Cité %1</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the network&apos;s programme: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la programmation du réseau : %1</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;; valid codes: %3.</source>
        <translation>Code &quot;%2&quot; inconnu (%1) ; codes valides : %3.</translation>
    </message>
    <message>
        <source>The title must have 1 to %1 characters.</source>
        <translation>Le titre doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The event type is missing; valid codes: %1.</source>
        <translation>Le type d’événement est manquant ; codes valides : %1.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; valid codes: %2.</source>
        <translation>Lieu &quot;%1&quot; inconnu ; codes valides : %2.</translation>
    </message>
    <message>
        <source>The capacity must be between 0 and %1 (got %2).</source>
        <translation>La capacité doit être comprise entre 0 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>The session date is not valid.</source>
        <translation>La date de la séance n’est pas valide.</translation>
    </message>
    <message>
        <source>A session with an end time needs a start time.</source>
        <translation>Une séance avec une heure de fin doit avoir une heure de début.</translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>La séance se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The number of participants must be between 0 and %1 (got %2).</source>
        <translation>Le nombre de participants doit être compris entre 0 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>The pupils are among the participants: between 0 and %1 (got %2).</source>
        <translation>Les élèves font partie des participants : entre 0 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>The number of classes must be between 0 and 1000 (got %1).</source>
        <translation>Le nombre de classes doit être compris entre 0 et 1000 (reçu : %1).</translation>
    </message>
    <message>
        <source>Saving the event</source>
        <translation>Enregistrement de l’événement</translation>
    </message>
    <message>
        <source>Saving the session</source>
        <translation>Enregistrement de la séance</translation>
    </message>
    <message>
        <source>Saving the attendance</source>
        <translation>Enregistrement des participants</translation>
    </message>
    <message>
        <source>An event has at most %1 sessions.</source>
        <translation>Un événement compte au plus %1 séances.</translation>
    </message>
    <message>
        <source>The event already has a session on %1.</source>
        <translation>L’événement a déjà une séance le %1.</translation>
    </message>
    <message>
        <source>An event needs at least one date.</source>
        <translation>Un événement doit avoir au moins une date.</translation>
    </message>
    <message>
        <source>The start date is not valid.</source>
        <translation>La date de début n’est pas valide.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>L’événement se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>An event lasts at most %1 days; give a workshop series its sessions instead.</source>
        <translation>Un événement dure au plus %1 jours ; pour une série d’ateliers, saisissez plutôt ses séances.</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; was deleted.</source>
        <translation>L’événement &quot;%1&quot; a été supprimé.</translation>
    </message>
    <message>
        <source>Reading the attendance</source>
        <translation>Lecture des participants</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; is already deleted.</source>
        <translation>L’événement &quot;%1&quot; est déjà supprimé.</translation>
    </message>
    <message>
        <source>Reading event %1</source>
        <translation>Lecture de l’événement %1</translation>
    </message>
    <message>
        <source>No event with id &quot;%1&quot;.</source>
        <translation>Aucun événement avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the programme</source>
        <translation>Lecture du programme</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Lecture des séances</translation>
    </message>
    <message>
        <source>Reading session %1</source>
        <translation>Lecture de la séance %1</translation>
    </message>
    <message>
        <source>No session with id &quot;%1&quot;.</source>
        <translation>Aucune séance avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event has no session on %1; its dates: %2.</source>
        <translation>L’événement n’a pas de séance le %1 ; ses dates : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Lecture du calendrier</translation>
    </message>
    <message>
        <source>Give the number of days to shift the series by.</source>
        <translation>Indiquez de combien de jours décaler la série.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; was deleted.</source>
        <translation>La séance &quot;%1&quot; a été supprimée.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is already deleted.</source>
        <translation>La séance &quot;%1&quot; est déjà supprimée.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; was deleted.</source>
        <translation>La saisie de participants &quot;%1&quot; a été supprimée.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; is not a live counter.</source>
        <translation>La saisie de participants &quot;%1&quot; n’est pas un compteur en direct.</translation>
    </message>
    <message>
        <source>Attendance &quot;%1&quot; is already deleted.</source>
        <translation>La saisie de participants &quot;%1&quot; est déjà supprimée.</translation>
    </message>
    <message>
        <source>Reading attendance %1</source>
        <translation>Lecture de la saisie de participants %1</translation>
    </message>
    <message>
        <source>No attendance with id &quot;%1&quot;.</source>
        <translation>Aucune saisie de participants avec l’identifiant &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReports</name>
    <message>
        <source>Invalid year %1.</source>
        <translation>Année %1 non valide.</translation>
    </message>
    <message>
        <source>Computing the participants report</source>
        <translation>Calcul du rapport sur les participants</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Computing the interviews report</source>
        <translation>Calcul du rapport sur les entretiens</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>No partner stated</source>
        <translation>Aucun partenaire renseigné</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Durée non renseignée</translation>
    </message>
    <message>
        <source>Counting the sessions</source>
        <translation>Comptage des séances</translation>
    </message>
    <message>
        <source>Counting the participants</source>
        <translation>Comptage des participants</translation>
    </message>
    <message>
        <source>Listing the major events</source>
        <translation>Liste des grands événements</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt %1 on the share is unreadable.</source>
        <translation>L’accusé de réception %1 sur le partage est illisible.</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Unknown site &quot;%1&quot;; valid sites: %2.</source>
        <translation>Site &quot;%1&quot; inconnu ; sites valides : %2.</translation>
    </message>
    <message>
        <source>The desk label must have 1 to 40 characters.</source>
        <translation>Le nom du poste doit comporter de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>Unknown commune &quot;%1&quot;: give an INSEE code (e.g. 94022 for Choisy-le-Roi), &quot;etranger&quot; or &quot;nr&quot;.</source>
        <translation>Commune &quot;%1&quot; inconnue : indiquez un code INSEE (par ex. 94022 pour Choisy-le-Roi), &quot;etranger&quot; ou &quot;nr&quot;.</translation>
    </message>
    <message>
        <source>The date and time are not valid.</source>
        <translation>La date et l’heure ne sont pas valides.</translation>
    </message>
    <message>
        <source>Saving the entry</source>
        <translation>Enregistrement du passage</translation>
    </message>
    <message>
        <source>This desk has no site and desk label yet; set them first (passages-cli init --site CODE --desk LABEL).</source>
        <translation>Ce poste n’a pas encore de site ni de nom ; définissez-les d’abord (passages-cli init --site CODE --desk LABEL).</translation>
    </message>
    <message>
        <source>Reading entry %1</source>
        <translation>Lecture du passage %1</translation>
    </message>
    <message>
        <source>No entry with id &quot;%1&quot;.</source>
        <translation>Aucun passage avec l’identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; was deleted.</source>
        <translation>Le passage &quot;%1&quot; a été supprimé.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is already deleted.</source>
        <translation>Le passage &quot;%1&quot; est déjà supprimé.</translation>
    </message>
    <message>
        <source>Reading the entries of %1</source>
        <translation>Lecture des passages du %1</translation>
    </message>
    <message>
        <source>Reading the entries</source>
        <translation>Lecture des passages</translation>
    </message>
    <message>
        <source>Counting the day&apos;s entries</source>
        <translation>Comptage des passages du jour</translation>
    </message>
    <message>
        <source>The desk label must not hold control characters.</source>
        <translation>Le nom du poste ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The date %1 is not plausible: a walk-in is dated from 1990 to a year from today.</source>
        <translation>La date %1 n’est pas vraisemblable : un passage est daté de 1990 à un an après aujourd’hui.</translation>
    </message>
    <message>
        <source>The group size must be between 1 and %1 (got %2).</source>
        <translation>Le nombre de personnes doit être compris entre 1 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>Counting the communes</source>
        <translation>Décompte des communes</translation>
    </message>
</context>
<context>
    <name>Referential</name>
    <message>
        <source>The referential is not valid JSON (offset %1): %2</source>
        <translation>Le référentiel n’est pas un JSON valide (position %1) : %2</translation>
    </message>
    <message>
        <source>The referential uses a newer format (%1); update Passages.</source>
        <translation>Le référentiel utilise un format plus récent (%1) ; mettez Passages à jour.</translation>
    </message>
    <message>
        <source>The referential has no &quot;%1&quot; list.</source>
        <translation>Le référentiel n’a pas de liste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; has no code.</source>
        <translation>L’entrée %1 de &quot;%2&quot; n’a pas de code.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>Le code &quot;%1&quot; apparaît deux fois dans &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to unknown pôle &quot;%2&quot;.</source>
        <translation>Le thème &quot;%1&quot; appartient à un pôle inconnu : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The age bands and publics must include the code &quot;nr&quot;.</source>
        <translation>Les tranches d’âge et les publics doivent comporter le code &quot;nr&quot;.</translation>
    </message>
    <message>
        <source>pôle</source>
        <translation>pôle</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>type d’événement</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>duration band</source>
        <translation>tranche de durée</translation>
    </message>
    <message>
        <source>Reading the referential</source>
        <translation>Lecture du référentiel</translation>
    </message>
    <message>
        <source>The referential stored in %1 is invalid: %2</source>
        <translation>Le référentiel stocké dans %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Saving the referential</source>
        <translation>Enregistrement du référentiel</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; valid codes: %3.</source>
        <translation>Code &quot;%2&quot; inconnu (%1) ; codes valides : %3.</translation>
    </message>
    <message>
        <source>The pôle is missing; valid codes: %1.</source>
        <translation>Le pôle est manquant ; codes valides : %1.</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;; themes of &quot;%3&quot;: %4.</source>
        <translation>Le thème &quot;%1&quot; appartient au pôle &quot;%2&quot;, pas à &quot;%3&quot; ; thèmes de &quot;%3&quot; : %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The opening days are days 1 (Monday) to 7 (Sunday), at least one.</source>
        <translation>Les jours d’ouverture vont de 1 (lundi) à 7 (dimanche), au moins un.</translation>
    </message>
    <message>
        <source>The largest group must be between 1 and %1 (got %2).</source>
        <translation>La taille maximale d’un groupe doit être comprise entre 1 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>%1.kind: unknown list &quot;%2&quot;.</source>
        <translation>%1.kind : liste « %2 » inconnue.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>%1 « %2 » inconnu(e).</translation>
    </message>
    <message>
        <source>A new entry needs a code.</source>
        <translation>Une nouvelle entrée doit avoir un code.</translation>
    </message>
    <message>
        <source>Colour %1 is too pale on the desks&apos; white background (contrast %2:1, at least %3:1 needed).</source>
        <translation>La couleur %1 est trop pâle sur le fond blanc des postes (contraste %2:1, au moins %3:1 requis).</translation>
    </message>
    <message>
        <source>The label of %1 &quot;%2&quot; cannot be empty.</source>
        <translation>Le libellé de %1 « %2 » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The last active %1 cannot be retired.</source>
        <translation>Le dernier élément actif (%1) ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Position %1 is outside the list (1 to %2).</source>
        <translation>La position %1 est hors de la liste (1 à %2).</translation>
    </message>
    <message>
        <source>Colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>La couleur « %1 » n’est pas de la forme #rrvvbb.</translation>
    </message>
    <message>
        <source>Cannot merge into retired %1 &quot;%2&quot;.</source>
        <translation>Impossible de fusionner dans %1 « %2 », qui est retiré(e).</translation>
    </message>
    <message>
        <source>A merge needs the codes to merge and a date.</source>
        <translation>Une fusion demande les codes à fusionner et une date.</translation>
    </message>
    <message>
        <source>Cannot merge %1 &quot;%2&quot; into itself.</source>
        <translation>Impossible de fusionner %1 « %2 » avec lui-même.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already merged into &quot;%3&quot;.</source>
        <translation>%1 « %2 » est déjà fusionné(e) dans « %3 ».</translation>
    </message>
    <message>
        <source>Theme &quot;%1&quot; belongs to pôle &quot;%2&quot;, not &quot;%3&quot;: themes merge within one pôle.</source>
        <translation>Le thème « %1 » appartient au pôle « %2 », pas « %3 » : on ne fusionne que des thèmes d’un même pôle.</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; is retired: the desks would have none.</source>
        <translation>Toutes les entrées de « %1 » sont retirées : les postes n’en auraient aucune.</translation>
    </message>
    <message>
        <source>A merge needs a date (YYYY-MM-DD).</source>
        <translation>Une fusion demande une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Merging into &quot;%1&quot; makes a cycle.</source>
        <translation>Fusionner dans « %1 » crée un cycle.</translation>
    </message>
    <message>
        <source>A reporting mapping needs a name.</source>
        <translation>Une table de correspondance doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two reporting mappings are named &quot;%1&quot;.</source>
        <translation>Deux tables de correspondance s’appellent « %1 ».</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot; of mapping &quot;%2&quot;.</source>
        <translation>Catégorie « %1 » inconnue dans la correspondance « %2 ».</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The desks show the service level but &quot;%1&quot; has no active entry.</source>
        <translation>Les postes affichent le niveau de service mais « %1 » n&apos;a aucune entrée active.</translation>
    </message>
    <message>
        <source>The desks show the orientation but &quot;%1&quot; has no active entry.</source>
        <translation>Les postes affichent l&apos;orientation mais « %1 » n&apos;a aucune entrée active.</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>niveau de service</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>Only partners can be orientation targets.</source>
        <translation>Seuls les partenaires peuvent être des orientations proposées.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Activity report %1</source>
        <translation>Rapport d’activité %1</translation>
    </message>
    <message>
        <source>Key figures compared with %1</source>
        <translation>Chiffres clés comparés à %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre : %1</translation>
    </message>
    <message>
        <source>Produced by Passages on %1. Walk-ins are anonymous tallies; group sizes are counted; deleted entries are not.</source>
        <translation>Produit par Passages le %1. Les passages sont des comptages anonymes ; chaque personne d’un groupe est comptée, les passages supprimés ne le sont pas.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — activity report %2</source>
        <translation>%1 — rapport d’activité %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Activity report %1 — %2</source>
        <translation>Rapport d’activité %1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Contacts by month and pôle, %1 (line: %2)</source>
        <translation>Contacts par mois et par pôle, %1 (ligne : %2)</translation>
    </message>
    <message>
        <source>%1, all pôles</source>
        <translation>%1, tous pôles</translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln lines)</source>
        <translation>
            <numerusform>Autres (%Ln ligne)</numerusform>
            <numerusform>Autres (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>To protect anonymity, counts below %1, and the figures from which one could be recomputed with a total, are shown as &quot;%2&quot;; the charts leave them out.</source>
        <translation>Pour protéger l’anonymat, les effectifs inférieurs à %1, et les chiffres à partir desquels un total permettrait de les recalculer, sont remplacés par « %2 » ; les graphiques les omettent.</translation>
    </message>
    <message>
        <source>hidden figures (%1)</source>
        <translation>chiffres masqués (%1)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 — bilan %2 (%3)</source>
        <translation>%1 — bilan %2 (%3)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Évolution (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n lines)</source>
        <translation>
            <numerusform>Autres (%n ligne)</numerusform>
            <numerusform>Autres (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Jours d’ouverture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
</context>
<context>
    <name>ReportingMapping</name>
    <message>
        <source>Unknown reporting mapping &quot;%1&quot;; mappings of this referential: %2.</source>
        <translation>Table de correspondance « %1 » inconnue ; celles de ce référentiel : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; groups %2: use it with --by %3.</source>
        <translation>La correspondance « %1 » regroupe des %2 : utilisez-la avec --by %3.</translation>
    </message>
    <message>
        <source>categories of &quot;%1&quot;</source>
        <translation>catégories de « %1 »</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>The share folder %1 does not exist (is the share mounted?).</source>
        <translation>Le dossier de partage %1 n’existe pas (le partage est-il monté ?).</translation>
    </message>
    <message>
        <source>%1 is already a Passages share.</source>
        <translation>%1 est déjà un partage Passages.</translation>
    </message>
    <message>
        <source>The share %1 is unavailable (disconnected or not mounted).</source>
        <translation>Le partage %1 est indisponible (déconnecté ou non monté).</translation>
    </message>
    <message>
        <source>%1 is not a prepared Passages share, or the share is not mounted there (no SHARE_ID file). An administrator prepares a share once with: passages-cli share init --share %1</source>
        <translation>%1 n’est pas un partage Passages préparé, ou le partage n’y est pas monté (pas de fichier SHARE_ID). Un administrateur prépare un partage une seule fois avec : passages-cli share init --share %1</translation>
    </message>
    <message>
        <source>The share %1 was prepared by a newer version of Passages.</source>
        <translation>Le partage %1 a été préparé par une version plus récente de Passages.</translation>
    </message>
    <message>
        <source>The SHARE_ID file of %1 is damaged.</source>
        <translation>Le fichier SHARE_ID de %1 est endommagé.</translation>
    </message>
    <message>
        <source>The referential %1 on the share is invalid: %2</source>
        <translation>Le référentiel %1 du partage n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The share already has referential version %1; publish version %2 or higher.</source>
        <translation>Le partage contient déjà la version %1 du référentiel ; publiez la version %2 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>An administrator password is required to prepare a share.</source>
        <translation>Un mot de passe d’administration est nécessaire pour préparer un partage.</translation>
    </message>
    <message>
        <source>The referential %1 on the share is not signed by the administrator key; it is ignored.</source>
        <translation>Le référentiel %1 du partage n’est pas signé par la clé d’administration ; il est ignoré.</translation>
    </message>
    <message>
        <source>The share %1 has no administrator key yet: upgrade it first with passages-cli share upgrade --share %1</source>
        <translation>Le partage %1 n’a pas encore de clé d’administration : mettez-le d’abord à niveau avec passages-cli share upgrade --share %1</translation>
    </message>
    <message>
        <source>The sealed administrator key does not match the share&apos;s SHARE_ID.</source>
        <translation>La clé d’administration scellée ne correspond pas au fichier SHARE_ID du partage.</translation>
    </message>
    <message>
        <source>Invalid identity %1.</source>
        <translation>Identité %1 non valide.</translation>
    </message>
    <message>
        <source>The approval %1 is not signed by the administrator key; it is ignored.</source>
        <translation>L’approbation %1 n’est pas signée par la clé d’administration ; elle est ignorée.</translation>
    </message>
    <message>
        <source>The join request %1 is not signed by its own key; it is ignored.</source>
        <translation>La demande d’adhésion %1 n’est pas signée par sa propre clé ; elle est ignorée.</translation>
    </message>
    <message>
        <source>The share %1 is already upgraded.</source>
        <translation>Le partage %1 est déjà mis à niveau.</translation>
    </message>
    <message>
        <source>An administrator password is required to upgrade a share.</source>
        <translation>Un mot de passe d’administration est nécessaire pour mettre un partage à niveau.</translation>
    </message>
    <message>
        <source>No desk is waiting for approval.</source>
        <translation>Aucun poste n’attend d’approbation.</translation>
    </message>
    <message>
        <source>No pending request for %1 (approved meanwhile, or withdrawn).</source>
        <translation>Aucune demande en attente pour %1 (approuvée entre-temps, ou retirée).</translation>
    </message>
    <message>
        <source>%1 names several requests: give the whole identity.</source>
        <translation>%1 désigne plusieurs demandes : donnez l’identité complète.</translation>
    </message>
    <message>
        <source>The administrator password is required to approve a desk.</source>
        <translation>Le mot de passe administrateur est nécessaire pour approuver un poste.</translation>
    </message>
</context>
<context>
    <name>SpineLabelWriter</name>
    <message>
        <source>The selected titles have no copy on the shelves.</source>
        <translation>Les titres sélectionnés n’ont aucun exemplaire en rayon.</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>Étiquettes de dos</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Passages cannot start</source>
        <translation>Passages ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The desk database failed its integrity check.</source>
        <translation>La base de données du poste n’a pas passé le contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or ask your IT contact to repair or replace it.</source>
        <translation>Restaurez le fichier depuis une sauvegarde, ou demandez à votre référent informatique de le réparer ou de le remplacer.</translation>
    </message>
    <message>
        <source>The desk database was written by a newer version of Passages.</source>
        <translation>La base de données du poste a été écrite par une version plus récente de Passages.</translation>
    </message>
    <message>
        <source>Install that newer version on this computer.</source>
        <translation>Installez cette version plus récente sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The desk database cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données du poste.</translation>
    </message>
    <message>
        <source>Check that the disk is available and not full, then start Passages again.</source>
        <translation>Vérifiez que le disque est disponible et n’est pas plein, puis relancez Passages.</translation>
    </message>
    <message>
        <source>%1

%2

To protect the figures, Passages refuses to record anything into this database.

%3</source>
        <translation>%1

%2

Pour protéger les chiffres, Passages refuse d’enregistrer quoi que ce soit dans cette base.

%3</translation>
    </message>
    <message>
        <source>The data Passages needs could not be loaded.

%1

Nothing was recorded.</source>
        <translation>Impossible de charger les données nécessaires à Passages.

%1

Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>Walk-ins</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Pôle (label)</source>
        <translation>Pôle (libellé)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Theme (label)</source>
        <translation>Thème (libellé)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Age band (label)</source>
        <translation>Tranche d’âge (libellé)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune (name)</source>
        <translation>Commune (nom)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Public (label)</source>
        <translation>Public (libellé)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel (label)</source>
        <translation>Canal (libellé)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nb</translation>
    </message>
    <message>
        <source>Walk-ins %1</source>
        <translation>Passages %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — activity report %2</source>
        <translation>%1 — rapport d’activité %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparée avec</translation>
    </message>
    <message>
        <source>the same dates of %1</source>
        <translation>les mêmes dates de %1</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>l’année %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>Small cells</source>
        <translation>Petits effectifs</translation>
    </message>
    <message>
        <source>not protected: every count is shown</source>
        <translation>non protégés : tous les effectifs sont écrits</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Key figures, %1</source>
        <translation>Chiffres clés, %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Évolution (%)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Contacts by month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n lines)</source>
        <translation>
            <numerusform>Autres (%n ligne)</numerusform>
            <numerusform>Autres (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Subcote</source>
        <translation>Sous-cote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catalogue of the fonds</source>
        <translation>Catalogue du fonds</translation>
    </message>
    <message>
        <source>protected: counts from 1 to %1, and the cells from which one could be recomputed with a total, are shown as &quot;%2&quot;</source>
        <translation>protégés : les effectifs de 1 à %1, et les cases à partir desquelles un total permettrait de les recalculer, sont remplacés par « %2 »</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Service level (label)</source>
        <translation>Niveau de service (libellé)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Referred to (label)</source>
        <translation>Orienté vers (libellé)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>Impossible d’écrire %1 : le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passages: the reception desk of a Cité des métiers.</source>
        <translation>Passages : le poste d’accueil d’une Cité des métiers.</translation>
    </message>
    <message>
        <source>Use the desk database FILE instead of the default one.</source>
        <translation>Utiliser la base de données de poste FILE au lieu de celle par défaut.</translation>
    </message>
</context>
<context>
    <name>passages-cli</name>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>rien n’a été importé : %n problème dans %1</numerusform>
            <numerusform>rien n’a été importé : %n problèmes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk &quot;%1&quot; of site %2 ready in %3 (instance %4).</source>
        <translation>Poste &quot;%1&quot; du site %2 prêt dans %3 (instance %4).</translation>
    </message>
    <message>
        <source>log: --count needs a whole number, got &quot;%1&quot;</source>
        <translation>log : --count attend un nombre entier, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>log: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</source>
        <translation>log : --at attend AAAA-MM-JJTHH:MM[:SS], reçu &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n bad row(s) in %1</source>
        <translation>
            <numerusform>rien n’a été importé : %n ligne incorrecte dans %1</numerusform>
            <numerusform>rien n’a été importé : %n lignes incorrectes dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>%n passage importé.</numerusform>
            <numerusform>%n passages importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>export: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>export : --year attend une année (par ex. 2024), reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>report: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>report : --year attend une année (par ex. 2024), reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --what must be one of %1, got &quot;%2&quot;</source>
        <translation>report : --what doit valoir %1, reçu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>report: --by must be one of %1 for %2, got &quot;%3&quot;</source>
        <translation>report : --by doit valoir %1 pour %2, reçu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; valid sites: %2</source>
        <translation>site &quot;%1&quot; inconnu ; sites valides : %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Share prepared in %1 (referential version %2).</source>
        <translation>Partage préparé dans %1 (version %2 du référentiel).</translation>
    </message>
    <message>
        <source>Referential version %1 published; desks pick it up at their next sync.</source>
        <translation>Version %1 du référentiel publiée ; les postes la récupéreront à leur prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>sync failed, %n row(s) still pending: %1</source>
        <translation>
            <numerusform>échec de la synchronisation, %n ligne toujours en attente : %1</numerusform>
            <numerusform>échec de la synchronisation, %n lignes toujours en attente : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this desk took a new identity because %1</source>
        <translation>ce poste a pris une nouvelle identité car %1</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) published, %1 row(s); nothing pending.</source>
        <translation>
            <numerusform>%n lot publié (lignes : %1) ; plus rien en attente.</numerusform>
            <numerusform>%n lots publiés (lignes : %1) ; plus rien en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referential updated to version %1.</source>
        <translation>Référentiel mis à jour en version %1.</translation>
    </message>
    <message>
        <source>last batch %1</source>
        <translation>dernier lot %1</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>MANQUANTS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) quarantined</source>
        <translation>
            <numerusform>%n fichier en quarantaine</numerusform>
            <numerusform>%n fichiers en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n implausible date(s)</source>
        <translation>
            <numerusform>%n date invraisemblable</numerusform>
            <numerusform>%n dates invraisemblables</numerusform>
        </translation>
    </message>
    <message>
        <source>HELD: %1</source>
        <translation>RETENU : %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>option --%1 donnée deux fois</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l’option --%1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1 (allowed: %2)</source>
        <translation>option --%1 inconnue (options autorisées : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: option --%2 is required</source>
        <translation>%1 : l’option --%2 est obligatoire</translation>
    </message>
    <message>
        <source>closure add: --from and --to need YYYY-MM-DD dates</source>
        <translation>closure add : --from et --to attendent des dates AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>closure list: --year needs a year such as 2024</source>
        <translation>closure list : --year attend une année, par exemple 2024</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n batch(es) confirmed by a consolidation.</source>
        <translation>
            <numerusform>%1 lot sur %n confirmé par une consolidation.</numerusform>
            <numerusform>%1 lots sur %n confirmés par une consolidation.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused by the consolidation: %1</source>
        <translation>refusé par la consolidation : %1</translation>
    </message>
    <message>
        <source>option --db given twice</source>
        <translation>option --db donnée deux fois</translation>
    </message>
    <message>
        <source>option --db needs a file name</source>
        <translation>l’option --db attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown option %1 before the command</source>
        <translation>option %1 inconnue avant la commande</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; %2 commands: %3</source>
        <translation>commande « %1 » inconnue ; commandes %2 : %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>bilan: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>bilan : --year attend une année (par ex. 2024), reçu « %1 »</translation>
    </message>
    <message>
        <source>bilan: give --xlsx FILE, --pdf FILE or both</source>
        <translation>bilan : indiquez --xlsx FICHIER, --pdf FICHIER ou les deux</translation>
    </message>
    <message>
        <source>bilan: --protect-small-cells needs a threshold from 2 to 100, got &quot;%1&quot;</source>
        <translation>bilan : --protect-small-cells attend un seuil de 2 à 100, reçu « %1 »</translation>
    </message>
    <message>
        <source>%1 title(s) and %2 copy(ies) imported.</source>
        <translation>%1 titre(s) et %2 exemplaire(s) importé(s).</translation>
    </message>
    <message>
        <source>fonds export: give either --csv FILE or --xlsx FILE</source>
        <translation>fonds export : indiquez soit --csv FICHIER, soit --xlsx FICHIER</translation>
    </message>
    <message>
        <source>fonds stats: --year needs a year such as 2024, got &quot;%1&quot;</source>
        <translation>fonds stats : --year attend une année (par ex. 2024), reçu « %1 »</translation>
    </message>
    <message>
        <source>fonds stats: --format must be text, csv or json, got &quot;%1&quot;</source>
        <translation>fonds stats : --format doit valoir text, csv ou json, reçu « %1 »</translation>
    </message>
    <message>
        <source>Fonds, %1</source>
        <translation>Fonds, %1</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Copies (not withdrawn)</source>
        <translation>Exemplaires (non retirés)</translation>
    </message>
    <message>
        <source>Copies acquired in the year</source>
        <translation>Exemplaires acquis dans l’année</translation>
    </message>
    <message>
        <source>Copies withdrawn in the year</source>
        <translation>Exemplaires retirés dans l’année</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Périodiques</translation>
    </message>
    <message>
        <source>Issues received</source>
        <translation>Numéros reçus</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Consultations, previous year</source>
        <translation>Consultations, année précédente</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Consult.</source>
        <translation>Consult.</translation>
    </message>
    <message>
        <source>Prev.</source>
        <translation>Préc.</translation>
    </message>
    <message>
        <source>%1: --%2 needs a date YYYY-MM-DD, got &quot;%3&quot;</source>
        <translation>%1 : --%2 attend une date AAAA-MM-JJ, reçu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: --%2 needs a whole number, got &quot;%3&quot;</source>
        <translation>%1 : --%2 attend un nombre entier, reçu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: --year needs a year such as 2024, got &quot;%2&quot;</source>
        <translation>%1 : --year attend une année (par ex. 2024), reçu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: --format must be %2, got &quot;%3&quot;</source>
        <translation>%1 : --format doit valoir %2, reçu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; was deleted</source>
        <translation>l’événement &quot;%1&quot; a été supprimé</translation>
    </message>
    <message>
        <source>event attend: the event runs from %1 to %2; give --date</source>
        <translation>event attend : l’événement a lieu du %1 au %2 ; précisez --date</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Workshop offers</source>
        <translation>Offres d’ateliers</translation>
    </message>
    <message>
        <source>Workshop sessions</source>
        <translation>Séances d’ateliers</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Major events</source>
        <translation>Grands événements</translation>
    </message>
    <message>
        <source>interview: --at needs YYYY-MM-DDTHH:MM[:SS], got &quot;%1&quot;</source>
        <translation>interview : --at attend AAAA-MM-JJTHH:MM[:SS], reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export: give either --csv FILE or --xlsx FILE</source>
        <translation>export : indiquez soit --csv FICHIER, soit --xlsx FICHIER</translation>
    </message>
    <message>
        <source>export: --excel is a CSV dialect; a workbook needs none</source>
        <translation>export : --excel est un format de CSV ; un classeur n’en a pas besoin</translation>
    </message>
    <message>
        <source>report: --format must be text, csv, json or xlsx, got &quot;%1&quot;</source>
        <translation>report : --format doit valoir text, csv, json ou xlsx, reçu « %1 »</translation>
    </message>
    <message>
        <source>report: --format xlsx needs --output FILE (and only it does)</source>
        <translation>report : --format xlsx demande --output FICHIER (et lui seul)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>sync: no share folder: give --share DIR, or choose the folder in the desk&apos;s Tools › Synchronisation settings</source>
        <translation>sync : aucun dossier de partage : indiquez --share DOSSIER, ou choisissez le dossier dans Outils › Paramètres de synchronisation du poste</translation>
    </message>
    <message>
        <source>Key fingerprint: %1.</source>
        <translation>Empreinte de la clé : %1.</translation>
    </message>
    <message>
        <source>Administrator password: </source>
        <translation>Mot de passe d’administration : </translation>
    </message>
    <message>
        <source>the administrator password is required (standard input or PASSAGES_ADMIN_PASSWORD)</source>
        <translation>le mot de passe d’administration est nécessaire (entrée standard ou PASSAGES_ADMIN_PASSWORD)</translation>
    </message>
    <message numerus="yes">
        <source>Share upgraded: signed by an administrator key; %n desk(s) approved for the batches they have there. Each desk asks to join at its next sync: approve it with: passages-cli share approve</source>
        <translation>
            <numerusform>Partage mis à niveau : signé par une clé d’administration ; %n poste approuvé pour les lots qu’il y a déjà. Chaque poste demande à rejoindre le partage à sa prochaine synchronisation : approuvez-le avec : passages-cli share approve</numerusform>
            <numerusform>Partage mis à niveau : signé par une clé d’administration ; %n postes approuvés pour les lots qu’ils y ont déjà. Chaque poste demande à rejoindre le partage à sa prochaine synchronisation : approuvez-le avec : passages-cli share approve</numerusform>
        </translation>
    </message>
    <message>
        <source>consolidating PC</source>
        <translation>PC de consolidation</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>No pending request.</source>
        <translation>Aucune demande en attente.</translation>
    </message>
    <message>
        <source>share approve needs --id &lt;identity&gt; or --all</source>
        <translation>share approve demande --id &lt;identité&gt; ou --all</translation>
    </message>
    <message>
        <source>Approved: </source>
        <translation>Approuvé : </translation>
    </message>
    <message>
        <source>closure add: --reason must not be blank</source>
        <translation>closure add : --reason ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown desk &quot;%1&quot;; desks: %2</source>
        <translation>poste &quot;%1&quot; inconnu ; postes : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) found damaged or missing on the share, sent again.</source>
        <translation>
            <numerusform>%n lot trouvé endommagé ou manquant sur le partage, envoyé à nouveau.</numerusform>
            <numerusform>%n lots trouvés endommagés ou manquants sur le partage, envoyés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no database at %1 (check --db; passages-cli init --site CODE --desk LABEL creates one)</source>
        <translation>il n’y a pas de base de données à %1 (vérifiez --db ; passages-cli init --site CODE --desk NOM en crée une)</translation>
    </message>
    <message>
        <source>Add --despite-walk-ins to close those days all the same.</source>
        <translation>Ajoutez --despite-walk-ins pour fermer ces jours malgré tout.</translation>
    </message>
    <message>
        <source>coverage: give --year YYYY, or --from and --to YYYY-MM-DD</source>
        <translation>coverage : donnez --year AAAA, ou --from et --to AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>coverage: --from and --to need two dates YYYY-MM-DD, the first not after the second</source>
        <translation>coverage : --from et --to attendent deux dates AAAA-MM-JJ, la première au plus tard égale à la seconde</translation>
    </message>
    <message>
        <source>coverage: --format is text or json, got &quot;%1&quot;</source>
        <translation>coverage : --format vaut text ou json, reçu « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Coverage %1 to %2: %n finding(s)</source>
        <translation>
            <numerusform>Couverture du %1 au %2 : %n constat</numerusform>
            <numerusform>Couverture du %1 au %2 : %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>closed day    %1  %2 / %3: %4 entries (%5 walk-ins) on a day closed (%6)</source>
        <translation>jour fermé    %1  %2 / %3 : %4 saisies (%5 passages) un jour de fermeture (%6)</translation>
    </message>
    <message>
        <source>back-dated    %1  %2 / %3: %4 entries typed %5 to %6 UTC, stated %7 to %8, up to %9 min late</source>
        <translation>antidaté      %1  %2 / %3 : %4 saisies tapées de %5 à %6 UTC, datées du %7 au %8, jusqu’à %9 min de retard</translation>
    </message>
    <message>
        <source>silent desk   %1  %2 / %3: nothing logged all day (%4:00-%5:59) while the site&apos;s other desks logged %6 walk-ins</source>
        <translation>poste muet    %1  %2 / %3 : rien saisi de la journée (%4:00-%5:59) alors que les autres postes du site ont saisi %6 passages</translation>
    </message>
    <message>
        <source>silent desk   %1  %2 / %3: nothing logged %4:00-%5:59 while the site&apos;s other desks logged %6 walk-ins</source>
        <translation>poste muet    %1  %2 / %3 : rien saisi de %4:00 à %5:59 alors que les autres postes du site ont saisi %6 passages</translation>
    </message>
    <message>
        <source>Network database ready (schema %1).</source>
        <translation>Base réseau prête (schéma %1).</translation>
    </message>
    <message>
        <source>network status: --format must be text or json, got &quot;%1&quot;</source>
        <translation>network status : --format doit valoir text ou json, reçu « %1 »</translation>
    </message>
    <message>
        <source>Cité %1: %2 walk-in(s), last consolidation %3; files: %4</source>
        <translation>Cité %1 : %2 passage(s), dernière consolidation %3 ; fichiers : %4</translation>
    </message>
    <message>
        <source>consolidate: --cache and --pg exclude each other</source>
        <translation>consolidate : --cache et --pg s’excluent</translation>
    </message>
    <message>
        <source>Referential version %1 of %2</source>
        <translation>Référentiel version %1 de %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>fusions</translation>
    </message>
    <message>
        <source>Referential version %1 saved on this desk only (no share folder: give --share DIR to publish it).</source>
        <translation>Référentiel version %1 enregistré sur ce poste seulement (pas de dossier de partage : indiquez --share DOSSIER pour le publier).</translation>
    </message>
    <message>
        <source>report: --pg reports contacts only, got &quot;%1&quot;</source>
        <translation>report : --pg ne rapporte que les contacts, reçu « %1 »</translation>
    </message>
    <message>
        <source>report: --cite goes with --pg</source>
        <translation>report : --cite va avec --pg</translation>
    </message>
    <message>
        <source>report: --mapping goes with a desk or share report, not --pg</source>
        <translation>report : --mapping va avec un rapport du poste ou du partage, pas avec --pg</translation>
    </message>
    <message>
        <source>report: --pg and --share or --cache exclude each other</source>
        <translation>report : --pg exclut --share et --cache</translation>
    </message>
    <message>
        <source>report: --mapping applies to contacts and interviews</source>
        <translation>report : --mapping s’applique aux contacts et aux entretiens</translation>
    </message>
    <message>
        <source>consolidate: --cite goes with --pg</source>
        <translation>consolidate : --cite va avec --pg</translation>
    </message>
    <message>
        <source>only the Cité&apos;s administrator may %1: %2</source>
        <translation>seul l’administrateur de la Cité peut %1 : %2</translation>
    </message>
</context>
<context>
    <name>passages::summaries</name>
    <message>
        <source>Rebuilding the daily summaries</source>
        <translation>Reconstruction des totaux journaliers</translation>
    </message>
</context>
<context>
    <name>passages::trust</name>
    <message>
        <source>The sealed administrator key is damaged.</source>
        <translation>La clé d’administration scellée est endommagée.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation>Pas assez de mémoire pour vérifier le mot de passe.</translation>
    </message>
    <message>
        <source>Wrong administrator password.</source>
        <translation>Mot de passe d’administration incorrect.</translation>
    </message>
    <message>
        <source>not a JSON document (%1)</source>
        <translation>ce n’est pas un document JSON (%1)</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la signature n’est pas valide</translation>
    </message>
</context>
<context>
    <name>passages::ui::AccueilWidget</name>
    <message>
        <source>Clear (Esc)</source>
        <translation>Effacer (Échap)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Choose the pôle first (keys 1 to %1).</source>
        <translation>Choisissez d’abord le pôle (touches 1 à %1).</translation>
    </message>
    <message>
        <source>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</source>
        <translation>Choisissez la commune dans la liste, ou videz le champ pour enregistrer «&#xa0;non renseigné&#xa0;».</translation>
    </message>
</context>
<context>
    <name>passages::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>none / not stated</source>
        <translation>aucun / non renseigné</translation>
    </message>
    <message>
        <source>of whom p&amp;upils</source>
        <translation>dont é&amp;lèves</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Classes</translation>
    </message>
</context>
<context>
    <name>passages::ui::BilanPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>An&amp;née</translation>
    </message>
    <message>
        <source>the Cité&apos;s own</source>
        <translation>celles de la Cité</translation>
    </message>
    <message>
        <source>Show the bilan&apos;s tables, its PDF and its exports in the categories of a reporting mapping of the referential</source>
        <translation>Présenter les tableaux du bilan, son PDF et ses exports dans les catégories d’une table de correspondance du référentiel</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Catégories du &amp;bilan :</translation>
    </message>
    <message>
        <source>bilan %1</source>
        <translation>bilan %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Contacts by month and pôle, %1 (dashed: %2)</source>
        <translation>Contacts par mois et par pôle, %1 (pointillés : %2)</translation>
    </message>
    <message>
        <source>Interviews and events appear here once the programme is recorded in this database.</source>
        <translation>Les entretiens et les événements apparaîtront ici une fois le programme saisi dans cette base.</translation>
    </message>
</context>
<context>
    <name>passages::ui::BreakdownsPage</name>
    <message>
        <source>Age bands</source>
        <translation>Tranches d’âge</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Top communes</source>
        <translation>Principales communes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
    <message>
        <source>Cité</source>
        <translation>Cité</translation>
    </message>
</context>
<context>
    <name>passages::ui::CatalogueTab</name>
    <message>
        <source>Scan:</source>
        <translation>Scanner :</translation>
    </message>
    <message>
        <source>ISBN or inventory number, then Enter</source>
        <translation>ISBN ou numéro d’inventaire, puis Entrée</translation>
    </message>
    <message>
        <source>Catalogue: add copies</source>
        <translation>Catalogage : ajouter des exemplaires</translation>
    </message>
    <message>
        <source>Reshelving: count consultations</source>
        <translation>Rangement : compter les consultations</translation>
    </message>
    <message>
        <source>Consulted:</source>
        <translation>Consultations :</translation>
    </message>
    <message>
        <source>%1 +1</source>
        <translation>%1 +1</translation>
    </message>
    <message>
        <source>Count one consultation of %1</source>
        <translation>Compter une consultation pour le thème %1</translation>
    </message>
    <message>
        <source>Search title, author, ISBN, cote…</source>
        <translation>Rechercher un titre, un auteur, un ISBN, une cote…</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Spine labels (PDF)…</source>
        <translation>Étiquettes de dos (PDF)…</translation>
    </message>
    <message>
        <source>Labels for the copies of the selected titles</source>
        <translation>Étiquettes des exemplaires des titres sélectionnés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sub-cote</source>
        <translation>Sous-cote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save title (Enter)</source>
        <translation>Enregistrer le titre (Entrée)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Ajouter un exemplaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Apply to the copy</source>
        <translation>Appliquer à l’exemplaire</translation>
    </message>
    <message>
        <source>Consultation counted: %1 (%2).</source>
        <translation>Consultation comptée : %1 (%2).</translation>
    </message>
    <message>
        <source>Copy %1 of &quot;%2&quot; (%3).</source>
        <translation>Exemplaire %1 de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Copy %1 added to &quot;%2&quot;: write this number on the copy.</source>
        <translation>Exemplaire %1 ajouté à «&#xa0;%2&#xa0;» : inscrivez ce numéro sur l’exemplaire.</translation>
    </message>
    <message>
        <source>ISBN %1 is new: type the title and press Enter to catalogue it with its first copy.</source>
        <translation>L’ISBN %1 est nouveau : saisissez le titre et appuyez sur Entrée pour le cataloguer avec son premier exemplaire.</translation>
    </message>
    <message>
        <source>One consultation counted for %1.</source>
        <translation>Une consultation comptée pour %1.</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved (%2).</source>
        <translation>«&#xa0;%1&#xa0;» enregistré (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; catalogued with copy %2: write this number on the copy.</source>
        <translation>«&#xa0;%1&#xa0;» catalogué avec l’exemplaire %2 : inscrivez ce numéro sur l’exemplaire.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Save the title first.</source>
        <translation>Enregistrez d’abord le titre.</translation>
    </message>
    <message>
        <source>Copy %1 added: write this number on the copy.</source>
        <translation>Exemplaire %1 ajouté : inscrivez ce numéro sur l’exemplaire.</translation>
    </message>
    <message>
        <source>Choose a copy in the list first.</source>
        <translation>Choisissez d’abord un exemplaire dans la liste.</translation>
    </message>
    <message>
        <source>Copy %1: %2.</source>
        <translation>Exemplaire %1 : %2.</translation>
    </message>
    <message>
        <source>Select the titles to label in the list first.</source>
        <translation>Sélectionnez d’abord dans la liste les titres à étiqueter.</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>Étiquettes de dos</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>spine-labels.pdf</source>
        <translation>etiquettes-dos.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) written to %1.</source>
        <translation>
            <numerusform>%Ln étiquette écrite dans %1.</numerusform>
            <numerusform>%Ln étiquettes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ChoiceGroup</name>
    <message>
        <source>key %1</source>
        <translation>touche %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::ClosuresDialog</name>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Remove the selected closure…</source>
        <translation>Su&amp;pprimer la fermeture sélectionnée…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Summer closure</source>
        <translation>Fermeture estivale</translation>
    </message>
    <message>
        <source>&amp;Add the closure</source>
        <translation>&amp;Ajouter la fermeture</translation>
    </message>
    <message>
        <source>Closure not added</source>
        <translation>Fermeture non ajoutée</translation>
    </message>
    <message>
        <source>Remove the closure</source>
        <translation>Supprimer la fermeture</translation>
    </message>
    <message>
        <source>Remove the closure from %1 to %2 (%3)? Those days count as open again.</source>
        <translation>Supprimer la fermeture du %1 au %2 (%3) ? Ces jours redeviennent des jours d’ouverture.</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Closure not removed</source>
        <translation>Fermeture non supprimée</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Ouvert le :</translation>
    </message>
    <message>
        <source>Opening days not changed</source>
        <translation>Jours d’ouverture non modifiés</translation>
    </message>
    <message>
        <source>The days the Cité opens each week, and the days it closes besides public holidays (summer closure, inventory, strike…): the dashboard shows closed days as closed and leaves them out of the averages.</source>
        <translation>Les jours d’ouverture de la Cité dans la semaine, et ses jours de fermeture en plus des jours fériés (fermeture estivale, inventaire, grève…) : le tableau de bord montre les jours fermés comme tels et les exclut des moyennes.</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Adding the closure will ask first.</source>
        <translation>L’ajout de la fermeture demandera confirmation.</translation>
    </message>
    <message>
        <source>Close days with walk-ins</source>
        <translation>Fermer des jours avec des passages</translation>
    </message>
    <message>
        <source>Close those days all the same? Their walk-ins still count, on days shown as closed.</source>
        <translation>Fermer ces jours malgré tout ? Leurs passages restent comptés, sur des jours affichés comme fermés.</translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Les fermer</translation>
    </message>
</context>
<context>
    <name>passages::ui::CommunePicker</name>
    <message>
        <source>Name or postal code (empty: not stated)</source>
        <translation>Nom ou code postal (vide : non renseigné)</translation>
    </message>
    <message>
        <source>No commune matches &quot;%1&quot;. Correct it, or clear it to record &quot;not stated&quot;.</source>
        <translation>Aucune commune ne correspond à «&#xa0;%1&#xa0;». Corrigez la saisie, ou videz le champ pour enregistrer «&#xa0;non renseigné&#xa0;».</translation>
    </message>
</context>
<context>
    <name>passages::ui::CorrectionDialog</name>
    <message>
        <source>Correct an entry</source>
        <translation>Corriger un passage</translation>
    </message>
    <message>
        <source>Entry recorded at %1. Change what was wrong, then press Enter to save; Escape cancels.</source>
        <translation>Passage enregistré à %1. Modifiez ce qui est erroné, puis appuyez sur Entrée pour enregistrer ; Échap pour annuler.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Pick the commune from the list, or clear it to record &quot;not stated&quot;.</source>
        <translation>Choisissez la commune dans la liste, ou videz le champ pour enregistrer «&#xa0;non renseigné&#xa0;».</translation>
    </message>
</context>
<context>
    <name>passages::ui::CoverageModel</name>
    <message>
        <source>Silent desk</source>
        <translation>Poste muet</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Jour fermé</translation>
    </message>
    <message numerus="yes">
        <source>%n entries on a day marked closed (%1)</source>
        <translation>
            <numerusform>%n saisie un jour de fermeture (%1)</numerusform>
            <numerusform>%n saisies un jour de fermeture (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <source>Back-dated</source>
        <translation>Antidaté</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Nothing logged all day (%1:00–%2:59) while the site&apos;s other desks logged %3 walk-ins</source>
        <translation>Rien saisi de la journée (%1:00–%2:59) alors que les autres postes du site ont saisi %3 passages</translation>
    </message>
    <message>
        <source>Nothing logged from %1:00 to %2:59 while the site&apos;s other desks logged %3 walk-ins</source>
        <translation>Rien saisi de %1:00 à %2:59 alors que les autres postes du site ont saisi %3 passages</translation>
    </message>
    <message numerus="yes">
        <source>%n entries typed from %1 to %2, dated %3, up to %4 late</source>
        <translation>
            <numerusform>%n saisie tapée de %1 à %2, datée du %3, jusqu’à %4 de retard</numerusform>
            <numerusform>%n saisies tapées de %1 à %2, datées du %3, jusqu’à %4 de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries typed from %1 to %2, dated %3 to %4, up to %5 late</source>
        <translation>
            <numerusform>%n saisie tapée de %1 à %2, datée du %3 au %4, jusqu’à %5 de retard</numerusform>
            <numerusform>%n saisies tapées de %1 à %2, datées du %3 au %4, jusqu’à %5 de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::CoverageWidget</name>
    <message>
        <source>Coverage from</source>
        <translation>Couverture du</translation>
    </message>
    <message>
        <source>Coverage to</source>
        <translation>Couverture au</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Consolidate the share first: the check reads every desk&apos;s figures.</source>
        <translation>Consolidez d’abord le partage : le contrôle lit les chiffres de tous les postes.</translation>
    </message>
    <message>
        <source>Click &quot;Check&quot; to look over the period.</source>
        <translation>Cliquez sur « Vérifier » pour examiner la période.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Nothing to look at: every desk logged when its site was open.</source>
        <translation>Rien à signaler : chaque poste a saisi quand son site était ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to look at; none blocks anything.</source>
        <translation>
            <numerusform>%n constat à examiner ; rien n’est bloqué.</numerusform>
            <numerusform>%n constats à examiner ; rien n’est bloqué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::DashboardWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Protect small &amp;counts in exports, below</source>
        <translation>Protéger les petits &amp;effectifs dans les exports, sous</translation>
    </message>
    <message>
        <source>Small count threshold</source>
        <translation>Seuil des petits effectifs</translation>
    </message>
    <message>
        <source>Chart as P&amp;NG…</source>
        <translation>&amp;Graphique en PNG…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;Rapport PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Semicolons and a UTF-8 mark: opens as columns in French Excel.</source>
        <translation>Points-virgules et marque UTF-8 : s’ouvre en colonnes dans Excel en français.</translation>
    </message>
    <message>
        <source>The bilan of the chosen year: title page, key figures, tables and charts.</source>
        <translation>Le bilan de l’année choisie : page de titre, chiffres clés, tableaux et graphiques.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Des&amp;k</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>All pôles</source>
        <translation>Tous les pôles</translation>
    </message>
    <message>
        <source>Pô&amp;le</source>
        <translation>Pô&amp;le</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Recompute every figure (F5)</source>
        <translation>Recalculer tous les chiffres (F5)</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Impossible de calculer les chiffres : %1</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chiffres arrêtés à %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2: %3 walk-ins&lt;/b&gt; (%4 on the same period last year: %5) · %6 opening days · &lt;b&gt;%7 per opening day&lt;/b&gt; · today %8</source>
        <translation>&lt;b&gt;%1 – %2 : %3 passages&lt;/b&gt; (%4 par rapport à la même période l’an dernier : %5) · %6 jours d’ouverture · &lt;b&gt;%7 par jour d’ouverture&lt;/b&gt; · aujourd’hui : %8</translation>
    </message>
    <message>
        <source>Today, %1: %2 walk-ins by hour</source>
        <translation>Aujourd’hui, %1 : %2 passages par heure</translation>
    </message>
    <message>
        <source>Walk-ins per day by pôle, %1 – %2</source>
        <translation>Passages par jour et par pôle, %1 – %2</translation>
    </message>
    <message>
        <source>Walk-ins per week by pôle (%1 per opening day on average)</source>
        <translation>Passages par semaine et par pôle (%1 par jour d’ouverture en moyenne)</translation>
    </message>
    <message>
        <source>Walk-ins per month by pôle, %1 (dashed: %2)</source>
        <translation>Passages par mois et par pôle, %1 (pointillés : %2)</translation>
    </message>
    <message>
        <source>Today by hour</source>
        <translation>Aujourd’hui par heure</translation>
    </message>
    <message>
        <source>Walk-ins per day</source>
        <translation>Passages par jour</translation>
    </message>
    <message>
        <source>Walk-ins per week</source>
        <translation>Passages par semaine</translation>
    </message>
    <message>
        <source>Walk-ins per month</source>
        <translation>Passages par mois</translation>
    </message>
    <message>
        <source>Walk-ins per month, the year before</source>
        <translation>Passages par mois, année précédente</translation>
    </message>
    <message>
        <source>Walk-ins per opening day by weekday and hour</source>
        <translation>Passages par jour d’ouverture, selon le jour et l’heure</translation>
    </message>
    <message>
        <source>Export as CSV for Excel</source>
        <translation>Exporter en CSV pour Excel</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier enregistré : %1.</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <translation>Enregistrer le bilan annuel en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Rapport d’activité %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Répartitions</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>Classeur E&amp;xcel (.xlsx)…</translation>
    </message>
    <message>
        <source>Opens in Excel and LibreOffice with codes, numbers and dates right; the bilan with a chart beside each table.</source>
        <translation>S’ouvre dans Excel et LibreOffice avec les codes, les nombres et les dates justes ; le bilan avec un graphique à côté de chaque tableau.</translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Exporter en classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel-rea&amp;dy CSV…</source>
        <translation>CSV pour Excel…</translation>
    </message>
    <message>
        <source>Pla&amp;in CSV…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>For figures published outside the Cité: counts below the threshold are written &quot;s&quot;, as a small count can point at a person; so is the smallest other cell of a line or column where a total would give a hidden count back.</source>
        <translation>Pour les chiffres publiés hors de la Cité : les effectifs sous le seuil sont écrits « s », car un petit effectif peut désigner une personne ; de même pour la plus petite autre case d’une ligne ou d’une colonne dont le total permettrait de retrouver un effectif masqué.</translation>
    </message>
    <message>
        <source>All Cités</source>
        <translation>Toutes les Cités</translation>
    </message>
    <message>
        <source>C&amp;ité</source>
        <translation>C&amp;ité</translation>
    </message>
    <message>
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
</context>
<context>
    <name>passages::ui::DeskHealthModel</name>
    <message>
        <source>Identity %1</source>
        <translation>Identité %1</translation>
    </message>
    <message>
        <source>continues %1</source>
        <translation>succède à %1</translation>
    </message>
    <message>
        <source>Held: two computers share this identity</source>
        <translation>Retenu : deux ordinateurs partagent cette identité</translation>
    </message>
    <message>
        <source>Batches missing</source>
        <translation>Lots manquants</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>Fichiers endommagés</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Missing batches</source>
        <translation>Lots manquants</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Implausible dates</source>
        <translation>Dates invraisemblables</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Site code %1</source>
        <translation>Code du site : %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::DeskSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>Non corrigé</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Undo recording</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Undo deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <source>Recording undone: %1</source>
        <translation>Enregistrement annulé : %1</translation>
    </message>
    <message>
        <source>Correction undone: %1</source>
        <translation>Correction annulée : %1</translation>
    </message>
    <message>
        <source>Deletion undone: %1</source>
        <translation>Suppression annulée : %1</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>première visite</translation>
    </message>
    <message>
        <source>already came</source>
        <translation>déjà venu</translation>
    </message>
    <message numerus="yes">
        <source>group of %Ln</source>
        <translation>
            <numerusform>groupe de %Ln</numerusform>
            <numerusform>groupe de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation>orienté vers %1</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Transversal (no pôle)</source>
        <translation>Transversal (sans pôle)</translation>
    </message>
    <message>
        <source>&amp;Pôle</source>
        <translation>&amp;Pôle</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Premier &amp;jour</translation>
    </message>
    <message>
        <source>L&amp;ast day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>no: every day from the first to the last</source>
        <translation>non : tous les jours, du premier au dernier</translation>
    </message>
    <message>
        <source> weekly sessions</source>
        <translation> séances hebdomadaires</translation>
    </message>
    <message>
        <source>&amp;Weekly series</source>
        <translation>&amp;Série hebdomadaire</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventListModel</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>passages::ui::EventListPanel</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All pôles</source>
        <translation>Tous les pôles</translation>
    </message>
    <message>
        <source>Transversal</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Le titre contient…</translation>
    </message>
</context>
<context>
    <name>passages::ui::FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln lines)</source>
        <translation>
            <numerusform>Autres (%Ln ligne)</numerusform>
            <numerusform>Autres (%Ln lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::FiguresTab</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Counted today: no figure for a past year.</source>
        <translation>Compté à ce jour : pas de chiffre pour une année passée.</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Copies (not withdrawn)</source>
        <translation>Exemplaires (non retirés)</translation>
    </message>
    <message>
        <source>Copies: %1</source>
        <translation>Exemplaires : %1</translation>
    </message>
    <message>
        <source>Copies acquired in the year</source>
        <translation>Exemplaires acquis dans l’année</translation>
    </message>
    <message>
        <source>Copies withdrawn in the year</source>
        <translation>Exemplaires retirés dans l’année</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Périodiques</translation>
    </message>
    <message>
        <source>Issues received</source>
        <translation>Numéros reçus</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Consultations: %1</source>
        <translation>Consultations : %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
</context>
<context>
    <name>passages::ui::FirstRunDialog</name>
    <message>
        <source>Set up this desk</source>
        <translation>Configurer ce poste</translation>
    </message>
    <message>
        <source>Welcome to Passages</source>
        <translation>Bienvenue dans Passages</translation>
    </message>
    <message>
        <source>This computer records the anonymous walk-ins of one reception desk. Choose the site it belongs to and give the desk a name, such as &quot;Accueil 1&quot;. No personal data is ever recorded.</source>
        <translation>Cet ordinateur enregistre les passages anonymes d’un poste d’accueil. Choisissez le site auquel il appartient et donnez un nom au poste, par exemple «&#xa0;Accueil 1&#xa0;». Aucune donnée personnelle n’est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Accueil 1</source>
        <translation>Accueil 1</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Nom du poste :</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Commencer l’enregistrement</translation>
    </message>
    <message>
        <source>Desk not set up</source>
        <translation>Poste non configuré</translation>
    </message>
    <message>
        <source>Give the desk a name (such as &quot;Accueil 1&quot;) to start recording.</source>
        <translation>Donnez un nom au poste (par exemple « Accueil 1 ») pour commencer l’enregistrement.</translation>
    </message>
    <message>
        <source>optional: the share&apos;s, if the Cité has one</source>
        <translation>facultatif (celui du partage)</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Mot de passe administrateur :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>The administrator password needs at least %1 characters.</source>
        <translation>Le mot de passe administrateur doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Type the same administrator password twice.</source>
        <translation>Saisissez deux fois le même mot de passe administrateur.</translation>
    </message>
</context>
<context>
    <name>passages::ui::FondsWidget</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Périodiques</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>Désherbage</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>Chiffres annuels</translation>
    </message>
    <message>
        <source>Documentation space</source>
        <translation>Espace ressources</translation>
    </message>
</context>
<context>
    <name>passages::ui::HealthWidget</name>
    <message>
        <source>&amp;Consolidate now</source>
        <translation>&amp;Consolider maintenant</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the share…</source>
        <translation>&amp;Reconstruire depuis le partage…</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>Reads every desk&apos;s batches from the share into a local copy.</source>
        <translation>Lit les lots de tous les postes sur le partage et les rassemble dans une copie locale.</translation>
    </message>
    <message>
        <source>Rebuild from the share</source>
        <translation>Reconstruire depuis le partage</translation>
    </message>
    <message>
        <source>The local copy of every desk&apos;s figures will be deleted and read again from the share. Nothing on the share or at the desks changes. Continue?</source>
        <translation>La copie locale des chiffres de tous les postes va être supprimée puis relue depuis le partage. Rien ne change sur le partage ni sur les postes. Continuer ?</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in the settings.</source>
        <translation>Aucun dossier de partage n’est défini : choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>Rebuilding from the share…</source>
        <translation>Reconstruction depuis le partage…</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Consolidation…</translation>
    </message>
    <message>
        <source>State of the desks</source>
        <translation>État des postes</translation>
    </message>
    <message>
        <source>Pending desks</source>
        <translation>Postes en attente</translation>
    </message>
    <message>
        <source>Pending desks (%1)</source>
        <translation>Postes en attente (%1)</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in Tools › Synchronisation settings.</source>
        <translation>Aucun dossier de partage n’est défini : choisissez-le dans Outils › Paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>Share: %1. &quot;Consolidate now&quot; reads every desk&apos;s batches from it into a local copy.</source>
        <translation>Partage : %1. « Consolider maintenant » y lit les lots de tous les postes et les rassemble dans une copie locale.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Coverage (%1)</source>
        <translation>Couverture (%1)</translation>
    </message>
</context>
<context>
    <name>passages::ui::InterviewWidget</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>keys 1 to %1</source>
        <translation>touches 1 à %1</translation>
    </message>
    <message>
        <source>Choose a pôle first.</source>
        <translation>Choisissez d’abord un pôle.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>yours: stays chosen</source>
        <translation>le vôtre : reste sélectionné</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Effacer (Échap)</translation>
    </message>
    <message>
        <source>Record interview (Enter)</source>
        <translation>Enregistrer l’entretien (Entrée)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler le dernier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No theme for this pôle.</source>
        <translation>Aucun thème pour ce pôle.</translation>
    </message>
    <message>
        <source>Choose the pôle first (keys 1 to %1).</source>
        <translation>Choisissez d’abord le pôle (touches 1 à %1).</translation>
    </message>
    <message>
        <source>Interview recorded: %1</source>
        <translation>Entretien enregistré : %1</translation>
    </message>
    <message>
        <source>Interview taken back: %1</source>
        <translation>Entretien annulé : %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln interview(s)</source>
        <translation>
            <numerusform>Aujourd’hui : %Ln entretien</numerusform>
            <numerusform>Aujourd’hui : %Ln entretiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::InventoryTab</name>
    <message>
        <source>Shelves of</source>
        <translation>Rayons de</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>tous les thèmes</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Scan each copy:</source>
        <translation>Scannez chaque exemplaire :</translation>
    </message>
    <message>
        <source>inventory number, then Enter</source>
        <translation>numéro d’inventaire, puis Entrée</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouveau récolement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Mark the missing copies missing</source>
        <translation>Marquer les exemplaires absents comme manquants</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Not expected here</source>
        <translation>Non attendu ici</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>%1 found, %2 missing, %3 not expected, %4 unknown.</source>
        <translation>Trouvés : %1, manquants : %2, non attendus : %3, inconnus : %4.</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>Marquer comme manquants</translation>
    </message>
    <message>
        <source>inventory %1</source>
        <translation>récolement du %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scanned</source>
        <translation>
            <numerusform>%Ln scanné</numerusform>
            <numerusform>%Ln scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln copy(ies) missing?</source>
        <translation>
            <numerusform>Marquer %Ln exemplaire comme manquant ?</numerusform>
            <numerusform>Marquer %Ln exemplaires comme manquants ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) marked missing.</source>
        <translation>
            <numerusform>%Ln exemplaire marqué comme manquant.</numerusform>
            <numerusform>%Ln exemplaires marqués comme manquants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Édi&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Correct the selected entry…</source>
        <translation>&amp;Corriger le passage sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Delete the selected entry…</source>
        <translation>&amp;Supprimer le passage sélectionné…</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>&amp;Effacer le formulaire</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Passages</source>
        <translation>À &amp;propos de Passages</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Passages — %1</source>
        <translation>Passages — %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Desk not changed</source>
        <translation>Poste non modifié</translation>
    </message>
    <message>
        <source>Fields not changed</source>
        <translation>Champs non modifiés</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passages %1&lt;/h3&gt;&lt;p&gt;Reception desks of the Cités des métiers: anonymous walk-in tallies, with no personal data.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Communes data: &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; (INSEE, La Poste), Licence Ouverte / Open Licence 2.0, Etalab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passages %1&lt;/h3&gt;&lt;p&gt;Postes d’accueil des Cités des métiers : comptage anonyme des passages, sans aucune donnée personnelle.&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous la licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Données des communes : &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; (INSEE, La Poste), Licence Ouverte / Open Licence 2.0, Etalab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Passages</source>
        <translation>À propos de Passages</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>No synchronisation</source>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Dashboard, all desks</source>
        <translation>Tableau de bord, tous les postes</translation>
    </message>
    <message>
        <source>Refused by the consolidation: %1</source>
        <translation>Refusé par la consolidation : %1</translation>
    </message>
    <message>
        <source>&amp;Closures…</source>
        <translation>&amp;Fermetures…</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Postes de travail</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Sy&amp;nchronisation settings…</source>
        <translation>Paramètres de &amp;synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln person(s)</source>
        <translation>
            <numerusform>Aujourd’hui : %Ln personne</numerusform>
            <numerusform>Aujourd’hui : %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es) confirmed by the consolidation</source>
        <translation>
            <numerusform>%1 lot sur %Ln confirmé par la consolidation</numerusform>
            <numerusform>%1 lots sur %Ln confirmés par la consolidation</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Referential…</source>
        <translation>&amp;Référentiel…</translation>
    </message>
    <message>
        <source>Publish the referential</source>
        <translation>Publier le référentiel</translation>
    </message>
    <message>
        <source>Administrator password of the share, to sign the new version:</source>
        <translation>Mot de passe administrateur du partage, pour signer la nouvelle version :</translation>
    </message>
    <message>
        <source>Referential not saved</source>
        <translation>Référentiel non enregistré</translation>
    </message>
    <message>
        <source>Referential version %1 saved on this desk (no share set).</source>
        <translation>Référentiel version %1 enregistré sur ce poste (aucun partage défini).</translation>
    </message>
    <message>
        <source>Referential version %1 published; the desks pick it up at their next synchronisation.</source>
        <translation>Référentiel version %1 publié ; les postes le reprennent à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Net&amp;work database…</source>
        <translation>&amp;Base réseau…</translation>
    </message>
    <message>
        <source>All desks, network</source>
        <translation>Tous les postes, réseau</translation>
    </message>
    <message>
        <source>Dashboard, network</source>
        <translation>Tableau de bord, réseau</translation>
    </message>
</context>
<context>
    <name>passages::ui::MonthCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
</context>
<context>
    <name>passages::ui::NetworkHealthWidget</name>
    <message>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>en double</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>held (newer format)</source>
        <translation>retenus (format plus récent)</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>bifurcations</translation>
    </message>
    <message>
        <source>from unapproved desks</source>
        <translation>de postes non approuvés</translation>
    </message>
    <message>
        <source>C&amp;ité:</source>
        <translation>C&amp;ité :</translation>
    </message>
    <message>
        <source>All Cités</source>
        <translation>Toutes les Cités</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Desks of the network</source>
        <translation>Postes du réseau</translation>
    </message>
    <message>
        <source>Reads every Cité&apos;s consolidation state from the network database.</source>
        <translation>Lit l’état de consolidation de chaque Cité dans la base réseau.</translation>
    </message>
    <message>
        <source>No network database is set: choose it in Tools › Network database.</source>
        <translation>Aucune base réseau n’est définie : choisissez-la dans Outils › Base réseau.</translation>
    </message>
    <message>
        <source>Reading the network database…</source>
        <translation>Lecture de la base réseau…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 walk-ins, %Ln desk(s), last consolidation %3; files: %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2 passages, %Ln poste, dernière consolidation %3 ; fichiers : %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2 passages, %Ln postes, dernière consolidation %3 ; fichiers : %4</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No Cité has been consolidated into the network database yet.</source>
        <translation>Aucune Cité n’a encore été consolidée dans la base réseau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cité(s), %1 walk-ins in all.</source>
        <translation>
            <numerusform>%Ln Cité, %1 passages au total.</numerusform>
            <numerusform>%Ln Cités, %1 passages au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Consolidate this Cité</source>
        <translation>&amp;Consolider cette Cité</translation>
    </message>
    <message>
        <source>Imports this PC&apos;s share into the network database under the Cité code of Tools › Network database.</source>
        <translation>Importe le partage de ce poste dans la base réseau sous le code de Cité d’Outils › Base réseau.</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in Tools › Synchronisation settings.</source>
        <translation>Aucun dossier de partage n’est défini : choisissez-le dans Outils › Paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>No Cité code is set for this PC: give it in Tools › Network database.</source>
        <translation>Aucun code de Cité n’est défini pour ce poste : indiquez-le dans Outils › Base réseau.</translation>
    </message>
    <message>
        <source>Consolidating Cité %1 into the network database…</source>
        <translation>Consolidation de la Cité %1 dans la base réseau…</translation>
    </message>
</context>
<context>
    <name>passages::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network database</source>
        <translation>Base réseau</translation>
    </message>
    <message>
        <source>The network&apos;s PostgreSQL database holds every Cité&apos;s consolidated figures: the coordinators&apos; dashboards and the network&apos;s bilan read it. Give a service name (described in the service file), or the server, the database and the user.</source>
        <translation>La base PostgreSQL du réseau réunit les chiffres consolidés de chaque Cité : les tableaux de bord des coordinateurs et le bilan du réseau la lisent. Indiquez un nom de service (décrit dans le fichier des services), ou le serveur, la base et l’utilisateur.</translation>
    </message>
    <message>
        <source>optional, e.g. passages</source>
        <translation>facultatif, par ex. passages</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>for this session only, never saved</source>
        <translation>pour cette session seulement, jamais enregistré</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The password is never saved by Passages.&lt;/b&gt; PostgreSQL&apos;s client reads it from the password file &lt;tt&gt;%1&lt;/tt&gt; (one line &lt;tt&gt;server:port:database:user:password&lt;/tt&gt;, readable by you only) or from the service file &lt;tt&gt;%2&lt;/tt&gt;. A password typed above is used until Passages closes.</source>
        <translation>&lt;b&gt;Passages n’enregistre jamais le mot de passe.&lt;/b&gt; Le client PostgreSQL le lit dans le fichier des mots de passe &lt;tt&gt;%1&lt;/tt&gt; (une ligne &lt;tt&gt;serveur:port:base:utilisateur:mot de passe&lt;/tt&gt;, lisible par vous seul) ou dans le fichier des services &lt;tt&gt;%2&lt;/tt&gt;. Un mot de passe saisi ci-dessus sert jusqu’à la fermeture de Passages.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>e.g. villette; empty: this PC only reads</source>
        <translation>p. ex. villette ; vide : ce poste ne fait que lire</translation>
    </message>
    <message>
        <source>The code under which this PC consolidates its Cité&apos;s share into the network database (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>Le code sous lequel ce poste consolide le partage de sa Cité dans la base réseau (minuscules, chiffres, « - » et « _ »).</translation>
    </message>
    <message>
        <source>&amp;Cité code:</source>
        <translation>&amp;Code de la Cité :</translation>
    </message>
</context>
<context>
    <name>passages::ui::PassageForm</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>keys 1 to %1</source>
        <translation>touches 1 à %1</translation>
    </message>
    <message>
        <source>Choose a pôle first.</source>
        <translation>Choisissez d’abord un pôle.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Yes, first visit</source>
        <translation>Oui, première visite</translation>
    </message>
    <message>
        <source>No, already came</source>
        <translation>Non, déjà venu</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>One person less</source>
        <translation>Une personne de moins</translation>
    </message>
    <message>
        <source>One person more</source>
        <translation>Une personne de plus</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>group size</source>
        <translation>taille du groupe</translation>
    </message>
    <message>
        <source>No theme for this pôle.</source>
        <translation>Aucun thème pour ce pôle.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
</context>
<context>
    <name>passages::ui::PendingDesksWidget</name>
    <message>
        <source>Refresh the &amp;list</source>
        <translation>Actuali&amp;ser la liste</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Desks that asked to join the share appear here.</source>
        <translation>Les postes qui demandent à rejoindre le partage apparaissent ici.</translation>
    </message>
    <message>
        <source>No share folder is set: choose it in the settings.</source>
        <translation>Aucun dossier de partage n’est défini : choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>No desk is waiting for approval.</source>
        <translation>Aucun poste n’attend d’approbation.</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) waiting for approval. Before approving one, compare its key fingerprint with the one the desk shows after its sync.</source>
        <translation>
            <numerusform>%n poste attend une approbation. Avant de l’approuver, comparez son empreinte de clé avec celle que le poste affiche après sa synchronisation.</numerusform>
            <numerusform>%n postes attendent une approbation. Avant d’en approuver un, comparez son empreinte de clé avec celle que le poste affiche après sa synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve desks</source>
        <translation>Approuver des postes</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n desk(s) to join the share:</source>
        <translation>
            <numerusform>Approuver %n poste pour rejoindre le partage :</numerusform>
            <numerusform>Approuver %n postes pour rejoindre le partage :</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Mot de passe administrateur :</translation>
    </message>
    <message>
        <source>Wrong administrator password: nothing was approved.</source>
        <translation>Mot de passe administrateur incorrect : rien n’a été approuvé.</translation>
    </message>
    <message>
        <source>This request is no longer pending (approved from another computer, or withdrawn). The list is refreshed.</source>
        <translation>Cette demande n’est plus en attente (approuvée depuis un autre ordinateur, ou retirée). La liste est actualisée.</translation>
    </message>
    <message>
        <source>The share is unavailable: nothing was approved.
%1</source>
        <translation>Le partage est indisponible : rien n’a été approuvé.
%1</translation>
    </message>
    <message>
        <source>Nothing was approved: %1</source>
        <translation>Rien n’a été approuvé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approved: its files are imported at the next consolidation.</source>
        <translation>
            <numerusform>%n approuvé : ses fichiers seront importés à la prochaine consolidation.</numerusform>
            <numerusform>%n approuvés : leurs fichiers seront importés à la prochaine consolidation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %n desk(s): checking the administrator password…</source>
        <translation>
            <numerusform>Approbation de %n poste : vérification du mot de passe administrateur…</numerusform>
            <numerusform>Approbation de %n postes : vérification du mot de passe administrateur…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::PendingRequestsModel</name>
    <message>
        <source>Identity %1</source>
        <translation>Identité %1</translation>
    </message>
    <message>
        <source>continues %1</source>
        <translation>prend la suite de %1</translation>
    </message>
    <message>
        <source>Consolidating PC</source>
        <translation>PC de consolidation</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
</context>
<context>
    <name>passages::ui::PeriodicalsTab</name>
    <message>
        <source>Issue received:</source>
        <translation>Numéro reçu :</translation>
    </message>
    <message>
        <source>number (optional), then Enter</source>
        <translation>numéro (facultatif), puis Entrée</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Bulletiner</translation>
    </message>
    <message>
        <source>Take the old issues off the shelf</source>
        <translation>Retirer les anciens numéros des rayons</translation>
    </message>
    <message>
        <source>Change the subscription…</source>
        <translation>Modifier l’abonnement…</translation>
    </message>
    <message>
        <source>End the subscription…</source>
        <translation>Arrêter l’abonnement…</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>first issue</source>
        <translation>premier numéro</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> issues</source>
        <translation> numéros</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Ajouter l’abonnement</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation>Périodique</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernier reçu</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochain attendu</translation>
    </message>
    <message>
        <source>Late or missing</source>
        <translation>En retard ou manquants</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>À retirer</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose the periodical in the list first.</source>
        <translation>Choisissez d’abord le périodique dans la liste.</translation>
    </message>
    <message>
        <source>Issue %1 of &quot;%2&quot; checked in.</source>
        <translation>Numéro %1 de «&#xa0;%2&#xa0;» bulletiné.</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; changed.</source>
        <translation>Abonnement à «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>Périodiques</translation>
    </message>
    <message>
        <source>End the subscription to &quot;%1&quot; today? No issue is expected after today; those received stay.</source>
        <translation>Arrêter aujourd’hui l’abonnement à « %1 » ? Aucun numéro n’est plus attendu après aujourd’hui ; les numéros reçus restent.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; ended.</source>
        <translation>Abonnement à « %1 » arrêté.</translation>
    </message>
    <message>
        <source>Nothing to take off the shelf for &quot;%1&quot;.</source>
        <translation>Rien à retirer des rayons pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Catalogue the review or daily first (type Review or Daily newspaper).</source>
        <translation>Cataloguez d’abord la revue ou le quotidien (type Revue ou Quotidien).</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; recorded.</source>
        <translation>Abonnement à «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln issue(s) of &quot;%1&quot; off the shelf: %2?</source>
        <translation>
            <numerusform>Retirer des rayons %Ln numéro de «&#xa0;%1&#xa0;» : %2 ?</numerusform>
            <numerusform>Retirer des rayons %Ln numéros de «&#xa0;%1&#xa0;» : %2 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s) taken off the shelf.</source>
        <translation>
            <numerusform>%Ln numéro retiré des rayons.</numerusform>
            <numerusform>%Ln numéros retirés des rayons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::PoleCountsModel</name>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s) today</source>
        <translation>
            <numerusform>%1 : %Ln personne aujourd’hui</numerusform>
            <numerusform>%1 : %Ln personnes aujourd’hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ProgrammeWidget</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Modifier l’événement…</translation>
    </message>
    <message>
        <source>Duplicate event…</source>
        <translation>Dupliquer l’événement…</translation>
    </message>
    <message>
        <source>Repeat the series…</source>
        <translation>Répéter la série…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Enter attendance…</source>
        <translation>Saisir les participants…</translation>
    </message>
    <message>
        <source>Live counter…</source>
        <translation>Compteur en direct…</translation>
    </message>
    <message>
        <source>Correct attendance…</source>
        <translation>Corriger les participants…</translation>
    </message>
    <message>
        <source>Delete entry or session</source>
        <translation>Supprimer la saisie ou la séance</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Semaine %1 : du %2 au %3</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Dupliquer l’événement</translation>
    </message>
    <message>
        <source>First day of the copy of &quot;%1&quot; (its sessions keep their spacing and times; no attendance is copied):</source>
        <translation>Premier jour de la copie de «&#xa0;%1&#xa0;» (ses séances conservent leur espacement et leurs horaires ; les participants ne sont pas copiés) :</translation>
    </message>
    <message>
        <source>Repeat the series</source>
        <translation>Répéter la série</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correct the attendance</source>
        <translation>Corriger les participants</translation>
    </message>
    <message>
        <source>Delete attendance</source>
        <translation>Supprimer la saisie de participants</translation>
    </message>
    <message>
        <source>Delete this attendance entry (%1 participants)?</source>
        <translation>Supprimer cette saisie (%1 participants) ?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; and its attendance?</source>
        <translation>Supprimer la séance «&#xa0;%1&#xa0;» et ses participants ?</translation>
    </message>
    <message>
        <source>Move session…</source>
        <translation>Déplacer la séance…</translation>
    </message>
    <message>
        <source>Session of &quot;%1&quot; on %2:</source>
        <translation>Séance de «&#xa0;%1&#xa0;» du %2&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar of the month</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <source>Choose an event in the programme first.</source>
        <translation>Choisissez d’abord un événement dans le programme.</translation>
    </message>
    <message>
        <source>Choose a session (a date of an event) in the programme first.</source>
        <translation>Choisissez d’abord une séance (une date d’un événement) dans le programme.</translation>
    </message>
    <message>
        <source>Choose a recorded attendance (under a session) in the programme first.</source>
        <translation>Choisissez d’abord une fréquentation enregistrée (sous une séance) dans le programme.</translation>
    </message>
    <message numerus="yes">
        <source>First session of the repeated series of &quot;%1&quot; (%Ln session(s) copied, same spacing and times):</source>
        <translation>
            <numerusform>Première séance de la série répétée de «&#xa0;%1&#xa0;» (%Ln séance copiée, mêmes espacement et horaires) :</numerusform>
            <numerusform>Première séance de la série répétée de «&#xa0;%1&#xa0;» (%Ln séances copiées, mêmes espacement et horaires) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;, its %Ln session(s) and their attendance?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» (%Ln séance) et ses participants ?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» (%Ln séances) et leurs participants ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::ReferentialEditor</name>
    <message>
        <source>Pôles</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Tranches d’âge</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d’événement</translation>
    </message>
    <message>
        <source>Event locations</source>
        <translation>Lieux des événements</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>Interview durations</source>
        <translation>Durées d’entretien</translation>
    </message>
    <message>
        <source>Referential</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>The Cité&apos;s referential, version %1</source>
        <translation>Le référentiel de la Cité, version %1</translation>
    </message>
    <message>
        <source>Codes never change; labels may. A retired entry is no longer offered at the desks but stays in the reports. Merged codes count under their target in every report, past years included. Saving publishes a new version to the desks.</source>
        <translation>Les codes ne changent jamais ; les libellés, si. Une entrée retirée n’est plus proposée aux postes mais reste dans les bilans. Les codes fusionnés comptent sous leur cible dans tous les bilans, années passées comprises. Enregistrer publie une nouvelle version pour les postes.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pôle / colour</source>
        <translation>Pôle / couleur</translation>
    </message>
    <message>
        <source>new-code</source>
        <translation>nouveau-code</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Set &amp;colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>&amp;Merge selected into</source>
        <translation>&amp;Fusionner la sélection dans</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Pôle:</source>
        <translation>Pôle :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>&amp;Save and publish</source>
        <translation>&amp;Enregistrer et publier</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionné dans %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>R&amp;établir</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Referred to (besides the partners offered)</source>
        <translation>Orienté vers (outre les partenaires proposés)</translation>
    </message>
    <message>
        <source>Offer as &amp;orientation target</source>
        <translation>Proposer en &amp;orientation</translation>
    </message>
    <message>
        <source>Whether the desks offer this partner under &quot;Referred to&quot;</source>
        <translation>Si les postes proposent ce partenaire sous « Orienté vers »</translation>
    </message>
    <message>
        <source>orientation target</source>
        <translation>proposé en orientation</translation>
    </message>
    <message>
        <source>Stop offering as &amp;orientation target</source>
        <translation>Ne plus proposer en &amp;orientation</translation>
    </message>
</context>
<context>
    <name>passages::ui::SessionDialog</name>
    <message>
        <source>Move session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Its attendance moves with it.</source>
        <translation>Ses participants la suivent.</translation>
    </message>
</context>
<context>
    <name>passages::ui::SessionPanel</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Live counter, %1</source>
        <translation>Compteur en direct, %1</translation>
    </message>
    <message>
        <source>Entered, %1</source>
        <translation>Saisi, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupil(s)</source>
        <translation>
            <numerusform>%Ln élève</numerusform>
            <numerusform>%Ln élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln classe</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language applies the next time Passages starts.</source>
        <translation>La langue s’appliquera au prochain démarrage de Passages.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Nom du poste :</translation>
    </message>
    <message>
        <source>Optional fields shown at the desks</source>
        <translation>Champs facultatifs affichés aux postes</translation>
    </message>
    <message>
        <source>Public (job seeker, employee, student…)</source>
        <translation>Public (demandeur d’emploi, salarié, étudiant…)</translation>
    </message>
    <message>
        <source>Channel (on site, telephone, video, e-mail)</source>
        <translation>Canal (sur place, téléphone, visio, courriel)</translation>
    </message>
    <message>
        <source>First visit (yes / no)</source>
        <translation>Première visite (oui / non)</translation>
    </message>
    <message>
        <source>Fewer fields make a faster desk. A hidden field is recorded with its default (not stated, on site). This choice belongs to the Cité&apos;s referential.</source>
        <translation>Moins de champs, c’est une saisie plus rapide. Un champ masqué est enregistré avec sa valeur par défaut (non renseigné, sur place). Ce choix fait partie du référentiel de la Cité.</translation>
    </message>
    <message>
        <source>OK needs the desk&apos;s name (such as &quot;Accueil 1&quot;).</source>
        <translation>OK demande le nom du poste (par exemple « Accueil 1 »).</translation>
    </message>
    <message>
        <source>Service level (information, advice, ongoing support)</source>
        <translation>Niveau de service (information, conseil, accompagnement)</translation>
    </message>
    <message>
        <source>Referred to (France Travail, Mission locale, a partner… or nowhere)</source>
        <translation>Orienté vers (France Travail, Mission locale, un partenaire… ou aucune orientation)</translation>
    </message>
</context>
<context>
    <name>passages::ui::ShareProblemsModel</name>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Held (newer format)</source>
        <translation>Retenu (format plus récent)</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>passages::ui::SubscriptionDialog</name>
    <message>
        <source>Change the subscription</source>
        <translation>Modifier l’abonnement</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Périodicité</translation>
    </message>
    <message>
        <source>&amp;Issues a year</source>
        <translation>&amp;Numéros par an</translation>
    </message>
    <message>
        <source>First &amp;expected issue</source>
        <translation>Premier numéro &amp;attendu</translation>
    </message>
    <message>
        <source> issues</source>
        <translation> numéros</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Issues already received stay as they are.</source>
        <translation>Les numéros déjà reçus restent tels quels.</translation>
    </message>
    <message>
        <source>all issues</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>sans limite de durée</translation>
    </message>
</context>
<context>
    <name>passages::ui::SyncController</name>
    <message>
        <source>this desk took a new identity because %1</source>
        <translation>ce poste a pris une nouvelle identité car %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) sent</source>
        <translation>
            <numerusform>%Ln lot envoyé</numerusform>
            <numerusform>%Ln lots envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Every night this desk sends its tallies to the Cité&apos;s shared folder (an SMB or NFS share mounted on this computer). Nothing is ever removed from this desk.</source>
        <translation>Chaque nuit, ce poste envoie ses passages au dossier partagé de la Cité (un partage SMB ou NFS monté sur cet ordinateur). Rien n’est jamais effacé de ce poste.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Share &amp;folder:</source>
        <translation>&amp;Dossier du partage :</translation>
    </message>
    <message>
        <source>Nightly &amp;time:</source>
        <translation>&amp;Heure de la synchronisation :</translation>
    </message>
    <message>
        <source>&amp;Prepare this folder as a new share…</source>
        <translation>P&amp;réparer ce dossier comme nouveau partage…</translation>
    </message>
    <message>
        <source>Once, by an administrator, on an empty folder of the server.</source>
        <translation>Une seule fois, par un administrateur, sur un dossier vide du serveur.</translation>
    </message>
    <message>
        <source>No share: this desk does not synchronise.</source>
        <translation>Aucun partage : ce poste ne se synchronise pas.</translation>
    </message>
    <message>
        <source>Share of %1, ready.</source>
        <translation>Partage de %1, prêt.</translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>Dossier du partage</translation>
    </message>
    <message>
        <source>Prepare a new share</source>
        <translation>Préparer un nouveau partage</translation>
    </message>
    <message>
        <source>Prepare %1 as the Cité&apos;s share? Do this once, on the server&apos;s empty folder; every desk then points at it.</source>
        <translation>Préparer %1 comme partage de la Cité ? À faire une seule fois, sur le dossier vide du serveur ; chaque poste pointe ensuite vers lui.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Share not prepared</source>
        <translation>Partage non préparé</translation>
    </message>
    <message>
        <source>Choose the administrator password (asked when approving a desk or publishing a referential; keep it safe, it cannot be recovered):</source>
        <translation>Choisissez le mot de passe d’administration (demandé pour approuver un poste ou publier un référentiel ; conservez-le bien, il ne peut pas être récupéré) :</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. If it is the Cité&apos;s network share, it is probably not mounted: creating it would make an empty local folder.</source>
        <translation>Le dossier %1 n’existe pas. Si c’est le partage réseau de la Cité, il n’est sans doute pas monté : le créer ferait un dossier local vide.</translation>
    </message>
    <message>
        <source>C&amp;reate it</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose another…</source>
        <translation>Choisir un au&amp;tre…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>passages::ui::TallyCounterDialog</name>
    <message>
        <source>Live counter</source>
        <translation>Compteur en direct</translation>
    </message>
    <message>
        <source>One less (key −)</source>
        <translation>Un de moins (touche −)</translation>
    </message>
    <message>
        <source>One more (key + or Space)</source>
        <translation>Un de plus (touche + ou Espace)</translation>
    </message>
    <message>
        <source>Keys: + or Space one more, − one less, Enter to close. Every click is saved at once.</source>
        <translation>Touches : + ou Espace pour un de plus, − pour un de moins, Entrée pour fermer. Chaque clic est enregistré immédiatement.</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Terminé (Entrée)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) in this session, other entries included</source>
        <translation>
            <numerusform>%Ln participant à cette séance, autres saisies comprises</numerusform>
            <numerusform>%Ln participants à cette séance, autres saisies comprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passages::ui::TodayModel</name>
    <message>
        <source>age and commune not stated</source>
        <translation>âge et commune non renseignés</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Pôle / theme</source>
        <translation>Pôle / thème</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>header: people in the entry</comment>
        <translation>Nb</translation>
    </message>
</context>
<context>
    <name>passages::ui::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>People per pôle</source>
        <translation>Personnes par pôle</translation>
    </message>
    <message>
        <source>Entries of the day</source>
        <translation>Passages du jour</translation>
    </message>
    <message>
        <source>Correct… (Enter)</source>
        <translation>Corriger… (Entrée)</translation>
    </message>
    <message>
        <source>Delete… (Del)</source>
        <translation>Supprimer… (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>people</source>
        <translation>
            <numerusform>personne</numerusform>
            <numerusform>personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the entry of %1?

%2

It leaves today&apos;s figures; Ctrl+Z brings it back.</source>
        <translation>Supprimer le passage enregistré à %1 ?

%2

Il sera retiré des chiffres du jour ; Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Delete an entry</source>
        <translation>Supprimer un passage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No entry selected: choose one in today&apos;s list (click or arrows), then F2 corrects it.</source>
        <translation>Aucun passage sélectionné : choisissez-en un dans la liste du jour (clic ou flèches), puis F2 le corrige.</translation>
    </message>
    <message>
        <source>No entry selected: choose one in today&apos;s list (click or arrows), then Delete removes it.</source>
        <translation>Aucun passage sélectionné : choisissez-en un dans la liste du jour (clic ou flèches), puis Suppr le supprime.</translation>
    </message>
    <message>
        <source>Choose an entry in today&apos;s list first (click or arrows).</source>
        <translation>Choisissez d’abord une ligne dans la liste du jour (clic ou flèches).</translation>
    </message>
</context>
<context>
    <name>passages::ui::WeedingTab</name>
    <message>
        <source>Older than (years):</source>
        <translation>Plus ancien que (ans) :</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not consulted for (years):</source>
        <translation>Non consulté depuis (ans) :</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Appliquer les critères</translation>
    </message>
    <message>
        <source>Withdraw the checked copies</source>
        <translation>Retirer les exemplaires cochés</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No copy is checked.</source>
        <translation>Aucun exemplaire n’est coché.</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>Désherbage</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>weeding %1</source>
        <translation>désherbage %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln copy(ies) withdrawn? They stay in the catalogue&apos;s history.</source>
        <translation>
            <numerusform>Marquer %Ln exemplaire comme retiré ? Il reste dans l’historique du catalogue.</numerusform>
            <numerusform>Marquer %Ln exemplaires comme retirés ? Ils restent dans l’historique du catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) withdrawn.</source>
        <translation>
            <numerusform>%Ln exemplaire retiré.</numerusform>
            <numerusform>%Ln exemplaires retirés.</numerusform>
        </translation>
    </message>
</context>
</TS>
