/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      signInPrefix\n      current\n      device {\n        browser\n        os\n        kind\n      }\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id) {\n      session {\n        id\n        current\n      }\n    }\n  }\n": typeof types.SignOutSessionDocument,
    "\n  mutation SignOutEverywhere($keepCurrent: Boolean!) {\n    signOutEverywhere(keepCurrent: $keepCurrent) {\n      signedOutCount\n      signedOutHere\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query AdminTenant {\n    tenant {\n      id\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      reviewCycleMonths\n      requireTwoFactor\n      locales {\n        tag\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n      publishRequirements {\n        author\n        reviewer\n        lastReviewed\n        summary\n        sources\n        readability\n      }\n    }\n  }\n": typeof types.AdminTenantDocument,
    "\n  mutation AdminUpdateTenant($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateTenantDocument,
    "\n  query AdminMembers {\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          role\n          locales\n          since\n          user {\n            id\n            email\n            displayName\n          }\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      locales\n      expiresAt\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation AdminInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.AdminInviteDocument,
    "\n  mutation AdminChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": typeof types.AdminChangeRoleDocument,
    "\n  mutation AdminRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": typeof types.AdminRemoveMemberDocument,
    "\n  mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.AdminRevokeInvitationDocument,
    "\n  query RegistryList($filter: ManagedRegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntriesForEditors(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          regions\n          flags\n          validUntil\n          lastVerifiedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RegistryListDocument,
    "\n  query RegistryEntry($id: ID!, $locale: String) {\n    registryEntryForEditors(id: $id, locale: $locale) {\n      id\n      version\n      kind\n      key\n      name\n      texts {\n        locale\n        name\n        description\n      }\n      regions\n      identifiers {\n        scheme\n        value\n      }\n      validFrom\n      validUntil\n      lastVerifiedOn\n      website\n      email\n      phone\n      address\n      source\n      tags\n      condition\n      legalBasis\n      sample\n      flags\n      idFormatSource\n      careCentre {\n        certification\n        certifier\n      }\n      trialRegistry {\n        idFormat\n        idExample\n        idFormatVerified\n        whoPrimaryRegistry\n      }\n    }\n  }\n": typeof types.RegistryEntryDocument,
    "\n  mutation RegistryCreate($input: CreateRegistryEntryInput!) {\n    createRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.RegistryCreateDocument,
    "\n  mutation RegistryUpdate($input: UpdateRegistryEntryInput!) {\n    updateRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.RegistryUpdateDocument,
    "\n  mutation RegistryDelete($input: DeleteRegistryEntryInput!) {\n    deleteRegistryEntry(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.RegistryDeleteDocument,
    "\n  mutation RegistryVerify($input: MarkRegistryEntryVerifiedInput!) {\n    markRegistryEntryVerified(input: $input) {\n      entry {\n        lastVerifiedOn\n      }\n    }\n  }\n": typeof types.RegistryVerifyDocument,
    "\n  mutation RegistryImport($input: ImportRegistryEntriesInput!) {\n    importRegistryEntries(input: $input) {\n      dryRun\n      written\n      rows\n      valid\n      created\n      updated\n      skipped\n      issues {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegistryImportDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorLabel\n          action\n          objectType\n          objectId\n          diff\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  mutation AdminResetTwoFactor($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      hadTwoFactor\n    }\n  }\n": typeof types.AdminResetTwoFactorDocument,
    "\n  query AdminWebhooks {\n    tenant {\n      corsOrigins\n    }\n    webhooks {\n      id\n      url\n      description\n      events\n      active\n      disabledReason\n      consecutiveFailures\n      createdAt\n    }\n  }\n": typeof types.AdminWebhooksDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          eventType\n          state\n          attempts\n          createdAt\n          redeliveryOf\n          tries {\n            attempt\n            startedAt\n            statusCode\n            durationMs\n            error\n            outcome\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateWebhookDocument,
    "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.AdminUpdateWebhookDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.AdminDeleteWebhookDocument,
    "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n": typeof types.AdminRedeliverWebhookDocument,
    "\n  query EditorMe {\n    me {\n      csrfToken\n      user {\n        id\n        displayName\n        email\n      }\n      membership {\n        role\n        locales\n      }\n      # The actions the editor's screens show or hide controls for (lib/editor/admin/access.ts).\n      can(\n        actions: [\n          \"tenant.settings\"\n          \"tenant.configureSso\"\n          \"member.manage\"\n          \"registry.edit\"\n          \"audit.read\"\n          \"webhook.manage\"\n          \"feedback.read\"\n        ]\n      ) {\n        action\n        allowed\n      }\n      memberships {\n        role\n        tenant {\n          slug\n          name\n          host\n          defaultLocale\n          locales\n        }\n      }\n    }\n  }\n": typeof types.EditorMeDocument,
    "\n  mutation EditorSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n      secondFactor {\n        token\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n": typeof types.EditorSignInDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      hasAccount\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PasswordResetLinkOpen($token: String!) {\n    passwordResetLinkOpen(token: $token)\n  }\n": typeof types.PasswordResetLinkOpenDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EditorSignOut {\n    signOut {\n      __typename\n    }\n  }\n": typeof types.EditorSignOutDocument,
    "\n  query EditorDocuments($filter: DocumentFilter!, $first: Int!) {\n    documents(filter: $filter, first: $first) {\n      edges {\n        node {\n          documentId\n          slug\n          title\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.EditorDocumentsDocument,
    "\n  query EditorDocumentLocales($id: ID!) {\n    document(id: $id) {\n      sourceLocale\n      locales {\n        locale\n      }\n    }\n  }\n": typeof types.EditorDocumentLocalesDocument,
    "\n  query EditorUnpublishTarget($id: ID!) {\n    document(id: $id) {\n      id\n      locales {\n        locale\n        title\n        publishedRevisionId\n      }\n    }\n  }\n": typeof types.EditorUnpublishTargetDocument,
    "\n  query EditorDocument($id: ID!, $locale: String!, $uiLocale: String!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      reviewOverdue\n      locales {\n        locale\n        slug\n        title\n        status\n        version\n        headRevisionId\n        publishedRevisionId\n        publishAt\n        unpublishAt\n      }\n    }\n    revisions(documentId: $id, locale: $locale) {\n      id\n      number\n      authorLabel\n      createdAt\n      message\n      content\n      restoredFrom\n    }\n    contentChecks(documentId: $id, locale: $locale, uiLocale: $uiLocale) {\n      findings {\n        blockId\n        checkId\n        message\n        path\n        severity\n      }\n      unmetRequirements {\n        requirement\n        field\n      }\n    }\n  }\n": typeof types.EditorDocumentDocument,
    "\n  query EditorRevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(from: $from, to: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      summary {\n        value\n        added\n        removed\n      }\n      blocks {\n        blockId\n        change\n        words {\n          value\n          added\n          removed\n        }\n      }\n    }\n  }\n": typeof types.EditorRevisionDiffDocument,
    "\n  mutation EditorSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": typeof types.EditorSaveDocument,
    "\n  mutation EditorRestore($input: RestoreRevisionInput!) {\n    restoreRevision(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": typeof types.EditorRestoreDocument,
    "\n  mutation EditorImport($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      document {\n        id\n      }\n      report {\n        code\n        element\n        reason\n        line\n        blockId\n        text\n      }\n    }\n  }\n": typeof types.EditorImportDocument,
    "\n  mutation EditorSubmit($input: WorkflowInput!) {\n    submitForReview(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": typeof types.EditorSubmitDocument,
    "\n  mutation EditorApprove($input: ReviewInput!) {\n    approveTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": typeof types.EditorApproveDocument,
    "\n  mutation EditorSendBack($input: ReviewInput!) {\n    sendBackTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": typeof types.EditorSendBackDocument,
    "\n  mutation EditorPublish($input: PublishInput!) {\n    publishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": typeof types.EditorPublishDocument,
    "\n  query EditorFeedback($after: String) {\n    feedbackSummary {\n      documentId\n      locale\n      title\n      helpful\n      notHelpful\n      recentHelpful\n      recentNotHelpful\n      earlierHelpful\n      earlierNotHelpful\n      openComments\n    }\n    feedbackComments(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          documentId\n          locale\n          title\n          helpful\n          comment\n          day\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EditorFeedbackDocument,
    "\n  mutation MarkFeedbackHandled($id: ID!) {\n    markFeedbackHandled(id: $id) {\n      id\n      handled\n    }\n  }\n": typeof types.MarkFeedbackHandledDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kinds {\n        kind\n        delivery\n        digestOffered\n      }\n      locale\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      locale\n    }\n  }\n": typeof types.UpdateMyNotificationSettingsDocument,
    "\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      kind\n    }\n  }\n": typeof types.UnsubscribeNotificationsDocument,
    "\n  query EditorGlossaryKeys($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      key\n      term\n    }\n  }\n": typeof types.EditorGlossaryKeysDocument,
    "\n  query EditorMedia {\n    mediaItems(first: 100) {\n      id\n      fileName\n      url\n      decorative\n      texts {\n        locale\n        alt\n      }\n    }\n  }\n": typeof types.EditorMediaDocument,
    "\n  query EditorCitations($locale: String!) {\n    citations(first: 100) {\n      edges {\n        node {\n          id\n          formatted(locale: $locale) {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.EditorCitationsDocument,
    "\n  mutation EditorCreateCitation($input: CreateCitationInput!) {\n    createCitation(input: $input) {\n      citation {\n        id\n      }\n    }\n  }\n": typeof types.EditorCreateCitationDocument,
    "\n  mutation EditorUnpublish($input: ScheduledWorkflowInput!) {\n    unpublishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": typeof types.EditorUnpublishDocument,
    "\n  mutation EditorCancelSchedule($input: CancelScheduleInput!) {\n    cancelScheduledChange(input: $input) {\n      documentLocale {\n        publishAt\n      }\n    }\n  }\n": typeof types.EditorCancelScheduleDocument,
    "\n  query EditorQuality($id: ID!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          role\n          qualification\n        }\n        lastReviewed\n        nextReviewDue\n        reviewTrigger\n        conflictsOfInterest\n        funding\n        evidenceNotes\n      }\n    }\n  }\n": typeof types.EditorQualityDocument,
    "\n  mutation EditorUpdateQuality($input: UpdateDocumentMetadataInput!) {\n    updateDocumentMetadata(input: $input) {\n      document {\n        id\n      }\n    }\n  }\n": typeof types.EditorUpdateQualityDocument,
    "\n  query EditorPreview($id: ID!, $locale: String!, $region: String) {\n    draftPreview(documentId: $id, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n": typeof types.EditorPreviewDocument,
    "\n  query EditorReadabilityTargets {\n    tenant {\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n    }\n  }\n": typeof types.EditorReadabilityTargetsDocument,
    "\n  query EditorSsoProvider {\n    ssoProvider {\n      name\n    }\n  }\n": typeof types.EditorSsoProviderDocument,
    "\n  mutation EditorStartSsoSignIn {\n    startSsoSignIn {\n      authorizationUrl\n      binding\n      expiresAt\n    }\n  }\n": typeof types.EditorStartSsoSignInDocument,
    "\n  mutation EditorCompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      csrfToken\n      twoFactorEnrolmentRequired\n      user {\n        id\n      }\n    }\n  }\n": typeof types.EditorCompleteSsoSignInDocument,
    "\n  query AdminSsoSettings {\n    ssoRedirectUri\n    ssoSettings {\n      enabled\n      providerName\n      issuer\n      clientId\n      clientSecretSet\n      allowedDomains\n      claim\n      mappings {\n        value\n        role\n        locales\n      }\n      justInTime\n      ssoOnly\n    }\n  }\n": typeof types.AdminSsoSettingsDocument,
    "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      enabled\n    }\n  }\n": typeof types.AdminConfigureSsoDocument,
    "\n  query EditorTranslationView($documentId: ID!, $locale: String!) {\n    translationView(documentId: $documentId, locale: $locale) {\n      documentId\n      sourceLocale\n      locale\n      targetVersion\n      state\n      title {\n        source\n        target\n      }\n      summary {\n        source\n        target\n      }\n      progress {\n        total\n        missing\n        outdated\n        draft\n        needsReview\n        approved\n      }\n      blocks {\n        blockId\n        type\n        depth\n        parentId\n        translatable\n        status\n        source\n        target\n        sourceText\n        targetText\n        sourceChange {\n          value\n          added\n          removed\n        }\n        suggestions {\n          match\n          sourceText\n          targetText\n          targetBlock\n        }\n        terminology {\n          kind\n          term\n          expected\n          message\n        }\n      }\n    }\n  }\n": typeof types.EditorTranslationViewDocument,
    "\n  mutation EditorSaveTranslatedBlocks($input: SaveTranslatedBlocksInput!) {\n    saveTranslatedBlocks(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": typeof types.EditorSaveTranslatedBlocksDocument,
    "\n  mutation EditorConfirmBlocks($input: ConfirmTranslatedBlocksInput!) {\n    confirmTranslatedBlocks(input: $input) {\n      view {\n        targetVersion\n      }\n    }\n  }\n": typeof types.EditorConfirmBlocksDocument,
    "\n  query EditorTranslationProgress($filter: TranslationProgressFilter, $first: Int!, $after: String) {\n    translationProgress(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          documentId\n          title\n          sourceLocale\n          locale\n          state\n          workflowStatus\n          total\n          missing\n          outdated\n          draft\n          needsReview\n          approved\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EditorTranslationProgressDocument,
    "\n  query EditorXliffExport($input: XliffExportInput!) {\n    xliffExport(input: $input) {\n      filename\n      xml\n      documents\n      units\n    }\n  }\n": typeof types.EditorXliffExportDocument,
    "\n  mutation EditorImportXliff($input: ImportXliffInput!) {\n    importXliff(input: $input) {\n      accepted\n      version\n      documents {\n        documentId\n        imported\n        revisionId\n      }\n      units {\n        documentId\n        unitId\n        result\n      }\n      problems {\n        code\n        message\n        documentId\n        unitId\n        segmentId\n      }\n    }\n  }\n": typeof types.EditorImportXliffDocument,
    "\n  mutation EditorCompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.EditorCompleteSignInDocument,
    "\n  query EditorTwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n": typeof types.EditorTwoFactorStatusDocument,
    "\n  mutation EditorStartTwoFactor {\n    startTwoFactorEnrolment {\n      uri\n      secretGroups\n      expiresAt\n    }\n  }\n": typeof types.EditorStartTwoFactorDocument,
    "\n  mutation EditorConfirmTwoFactor($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n": typeof types.EditorConfirmTwoFactorDocument,
    "\n  mutation EditorDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      disabled\n    }\n  }\n": typeof types.EditorDisableTwoFactorDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input)\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n    }\n  }\n": typeof types.SiteTenantDocument,
    "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n": typeof types.DocumentExistsDocument,
    "\n  query TopicExists($locale: String!, $topic: String!) {\n    documents(filter: { locale: $locale, topic: $topic }, first: 1) {\n      edges {\n        node {\n          documentId\n        }\n      }\n    }\n  }\n": typeof types.TopicExistsDocument,
    "\n  fragment RegistryEntryFields on RegistryEntry {\n    id\n    kind\n    name\n    description\n    locale\n    dir\n    website\n    phone\n    email\n    address\n    identifiers {\n      scheme\n      value\n    }\n    legalBasis\n    lastVerifiedOn\n    sample\n    careCentre {\n      certification\n      certifier\n    }\n  }\n": typeof types.RegistryEntryFieldsFragmentDoc,
    "\n  fragment ReaderDocumentFields on PublishedDocument {\n    id\n    kind\n    locale\n    requestedLocale\n    fallback\n    dir\n    slug\n    title\n    summary\n    topics\n    region\n    blocks\n    blockLocales {\n      blockId\n      locale\n      dir\n    }\n    registryLists {\n      blockId\n      kind\n      entries {\n        ...RegistryEntryFields\n      }\n    }\n    references {\n      number\n      id\n      text\n      links {\n        label\n        href\n      }\n    }\n    glossary {\n      id\n      term\n      definition\n      locale\n    }\n    media {\n      id\n      url\n      width\n      height\n      sources {\n        url\n        width\n        height\n        mimeType\n      }\n    }\n    quality {\n      publisher\n      authors {\n        name\n        qualification\n      }\n      reviewers {\n        name\n        qualification\n        role\n      }\n      lastReviewed\n      nextReviewDue\n      firstPublished\n      lastUpdated\n    }\n    alternates {\n      locale\n      slug\n    }\n    revisionId\n    publishedAt\n  }\n": typeof types.ReaderDocumentFieldsFragmentDoc,
    "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n": typeof types.PublishedDocumentDocument,
    "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DocumentListDocument,
    "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n": typeof types.GlossaryDocument,
    "\n  query Search($query: String!, $locale: String!, $region: String, $first: Int!, $after: String) {\n    search(query: $query, locale: $locale, region: $region, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          documentId\n          slug\n          title\n          summary\n          locale\n          dir\n          fallback\n          snippet {\n            text\n            hit\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Registries($locale: String!, $region: String) {\n    registries(locale: $locale, region: $region) {\n      kind\n      label\n      locale\n      entryCount\n    }\n  }\n": typeof types.RegistriesDocument,
    "\n  query RegistryEntries($filter: RegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntries(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RegistryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RegistryEntriesDocument,
};
const documents: Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      signInPrefix\n      current\n      device {\n        browser\n        os\n        kind\n      }\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id) {\n      session {\n        id\n        current\n      }\n    }\n  }\n": types.SignOutSessionDocument,
    "\n  mutation SignOutEverywhere($keepCurrent: Boolean!) {\n    signOutEverywhere(keepCurrent: $keepCurrent) {\n      signedOutCount\n      signedOutHere\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  query AdminTenant {\n    tenant {\n      id\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      reviewCycleMonths\n      requireTwoFactor\n      locales {\n        tag\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n      publishRequirements {\n        author\n        reviewer\n        lastReviewed\n        summary\n        sources\n        readability\n      }\n    }\n  }\n": types.AdminTenantDocument,
    "\n  mutation AdminUpdateTenant($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant {\n        id\n      }\n    }\n  }\n": types.AdminUpdateTenantDocument,
    "\n  query AdminMembers {\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          role\n          locales\n          since\n          user {\n            id\n            email\n            displayName\n          }\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      locales\n      expiresAt\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation AdminInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.AdminInviteDocument,
    "\n  mutation AdminChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": types.AdminChangeRoleDocument,
    "\n  mutation AdminRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": types.AdminRemoveMemberDocument,
    "\n  mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.AdminRevokeInvitationDocument,
    "\n  query RegistryList($filter: ManagedRegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntriesForEditors(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          regions\n          flags\n          validUntil\n          lastVerifiedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RegistryListDocument,
    "\n  query RegistryEntry($id: ID!, $locale: String) {\n    registryEntryForEditors(id: $id, locale: $locale) {\n      id\n      version\n      kind\n      key\n      name\n      texts {\n        locale\n        name\n        description\n      }\n      regions\n      identifiers {\n        scheme\n        value\n      }\n      validFrom\n      validUntil\n      lastVerifiedOn\n      website\n      email\n      phone\n      address\n      source\n      tags\n      condition\n      legalBasis\n      sample\n      flags\n      idFormatSource\n      careCentre {\n        certification\n        certifier\n      }\n      trialRegistry {\n        idFormat\n        idExample\n        idFormatVerified\n        whoPrimaryRegistry\n      }\n    }\n  }\n": types.RegistryEntryDocument,
    "\n  mutation RegistryCreate($input: CreateRegistryEntryInput!) {\n    createRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.RegistryCreateDocument,
    "\n  mutation RegistryUpdate($input: UpdateRegistryEntryInput!) {\n    updateRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.RegistryUpdateDocument,
    "\n  mutation RegistryDelete($input: DeleteRegistryEntryInput!) {\n    deleteRegistryEntry(input: $input) {\n      deletedId\n    }\n  }\n": types.RegistryDeleteDocument,
    "\n  mutation RegistryVerify($input: MarkRegistryEntryVerifiedInput!) {\n    markRegistryEntryVerified(input: $input) {\n      entry {\n        lastVerifiedOn\n      }\n    }\n  }\n": types.RegistryVerifyDocument,
    "\n  mutation RegistryImport($input: ImportRegistryEntriesInput!) {\n    importRegistryEntries(input: $input) {\n      dryRun\n      written\n      rows\n      valid\n      created\n      updated\n      skipped\n      issues {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegistryImportDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorLabel\n          action\n          objectType\n          objectId\n          diff\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  mutation AdminResetTwoFactor($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      hadTwoFactor\n    }\n  }\n": types.AdminResetTwoFactorDocument,
    "\n  query AdminWebhooks {\n    tenant {\n      corsOrigins\n    }\n    webhooks {\n      id\n      url\n      description\n      events\n      active\n      disabledReason\n      consecutiveFailures\n      createdAt\n    }\n  }\n": types.AdminWebhooksDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          eventType\n          state\n          attempts\n          createdAt\n          redeliveryOf\n          tries {\n            attempt\n            startedAt\n            statusCode\n            durationMs\n            error\n            outcome\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.AdminCreateWebhookDocument,
    "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      active\n    }\n  }\n": types.AdminUpdateWebhookDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.AdminDeleteWebhookDocument,
    "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n": types.AdminRedeliverWebhookDocument,
    "\n  query EditorMe {\n    me {\n      csrfToken\n      user {\n        id\n        displayName\n        email\n      }\n      membership {\n        role\n        locales\n      }\n      # The actions the editor's screens show or hide controls for (lib/editor/admin/access.ts).\n      can(\n        actions: [\n          \"tenant.settings\"\n          \"tenant.configureSso\"\n          \"member.manage\"\n          \"registry.edit\"\n          \"audit.read\"\n          \"webhook.manage\"\n          \"feedback.read\"\n        ]\n      ) {\n        action\n        allowed\n      }\n      memberships {\n        role\n        tenant {\n          slug\n          name\n          host\n          defaultLocale\n          locales\n        }\n      }\n    }\n  }\n": types.EditorMeDocument,
    "\n  mutation EditorSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n      secondFactor {\n        token\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n": types.EditorSignInDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      hasAccount\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PasswordResetLinkOpen($token: String!) {\n    passwordResetLinkOpen(token: $token)\n  }\n": types.PasswordResetLinkOpenDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation EditorSignOut {\n    signOut {\n      __typename\n    }\n  }\n": types.EditorSignOutDocument,
    "\n  query EditorDocuments($filter: DocumentFilter!, $first: Int!) {\n    documents(filter: $filter, first: $first) {\n      edges {\n        node {\n          documentId\n          slug\n          title\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n": types.EditorDocumentsDocument,
    "\n  query EditorDocumentLocales($id: ID!) {\n    document(id: $id) {\n      sourceLocale\n      locales {\n        locale\n      }\n    }\n  }\n": types.EditorDocumentLocalesDocument,
    "\n  query EditorUnpublishTarget($id: ID!) {\n    document(id: $id) {\n      id\n      locales {\n        locale\n        title\n        publishedRevisionId\n      }\n    }\n  }\n": types.EditorUnpublishTargetDocument,
    "\n  query EditorDocument($id: ID!, $locale: String!, $uiLocale: String!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      reviewOverdue\n      locales {\n        locale\n        slug\n        title\n        status\n        version\n        headRevisionId\n        publishedRevisionId\n        publishAt\n        unpublishAt\n      }\n    }\n    revisions(documentId: $id, locale: $locale) {\n      id\n      number\n      authorLabel\n      createdAt\n      message\n      content\n      restoredFrom\n    }\n    contentChecks(documentId: $id, locale: $locale, uiLocale: $uiLocale) {\n      findings {\n        blockId\n        checkId\n        message\n        path\n        severity\n      }\n      unmetRequirements {\n        requirement\n        field\n      }\n    }\n  }\n": types.EditorDocumentDocument,
    "\n  query EditorRevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(from: $from, to: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      summary {\n        value\n        added\n        removed\n      }\n      blocks {\n        blockId\n        change\n        words {\n          value\n          added\n          removed\n        }\n      }\n    }\n  }\n": types.EditorRevisionDiffDocument,
    "\n  mutation EditorSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": types.EditorSaveDocument,
    "\n  mutation EditorRestore($input: RestoreRevisionInput!) {\n    restoreRevision(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": types.EditorRestoreDocument,
    "\n  mutation EditorImport($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      document {\n        id\n      }\n      report {\n        code\n        element\n        reason\n        line\n        blockId\n        text\n      }\n    }\n  }\n": types.EditorImportDocument,
    "\n  mutation EditorSubmit($input: WorkflowInput!) {\n    submitForReview(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": types.EditorSubmitDocument,
    "\n  mutation EditorApprove($input: ReviewInput!) {\n    approveTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": types.EditorApproveDocument,
    "\n  mutation EditorSendBack($input: ReviewInput!) {\n    sendBackTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": types.EditorSendBackDocument,
    "\n  mutation EditorPublish($input: PublishInput!) {\n    publishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": types.EditorPublishDocument,
    "\n  query EditorFeedback($after: String) {\n    feedbackSummary {\n      documentId\n      locale\n      title\n      helpful\n      notHelpful\n      recentHelpful\n      recentNotHelpful\n      earlierHelpful\n      earlierNotHelpful\n      openComments\n    }\n    feedbackComments(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          documentId\n          locale\n          title\n          helpful\n          comment\n          day\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EditorFeedbackDocument,
    "\n  mutation MarkFeedbackHandled($id: ID!) {\n    markFeedbackHandled(id: $id) {\n      id\n      handled\n    }\n  }\n": types.MarkFeedbackHandledDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kinds {\n        kind\n        delivery\n        digestOffered\n      }\n      locale\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      locale\n    }\n  }\n": types.UpdateMyNotificationSettingsDocument,
    "\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      kind\n    }\n  }\n": types.UnsubscribeNotificationsDocument,
    "\n  query EditorGlossaryKeys($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      key\n      term\n    }\n  }\n": types.EditorGlossaryKeysDocument,
    "\n  query EditorMedia {\n    mediaItems(first: 100) {\n      id\n      fileName\n      url\n      decorative\n      texts {\n        locale\n        alt\n      }\n    }\n  }\n": types.EditorMediaDocument,
    "\n  query EditorCitations($locale: String!) {\n    citations(first: 100) {\n      edges {\n        node {\n          id\n          formatted(locale: $locale) {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.EditorCitationsDocument,
    "\n  mutation EditorCreateCitation($input: CreateCitationInput!) {\n    createCitation(input: $input) {\n      citation {\n        id\n      }\n    }\n  }\n": types.EditorCreateCitationDocument,
    "\n  mutation EditorUnpublish($input: ScheduledWorkflowInput!) {\n    unpublishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n": types.EditorUnpublishDocument,
    "\n  mutation EditorCancelSchedule($input: CancelScheduleInput!) {\n    cancelScheduledChange(input: $input) {\n      documentLocale {\n        publishAt\n      }\n    }\n  }\n": types.EditorCancelScheduleDocument,
    "\n  query EditorQuality($id: ID!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          role\n          qualification\n        }\n        lastReviewed\n        nextReviewDue\n        reviewTrigger\n        conflictsOfInterest\n        funding\n        evidenceNotes\n      }\n    }\n  }\n": types.EditorQualityDocument,
    "\n  mutation EditorUpdateQuality($input: UpdateDocumentMetadataInput!) {\n    updateDocumentMetadata(input: $input) {\n      document {\n        id\n      }\n    }\n  }\n": types.EditorUpdateQualityDocument,
    "\n  query EditorPreview($id: ID!, $locale: String!, $region: String) {\n    draftPreview(documentId: $id, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n": types.EditorPreviewDocument,
    "\n  query EditorReadabilityTargets {\n    tenant {\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n    }\n  }\n": types.EditorReadabilityTargetsDocument,
    "\n  query EditorSsoProvider {\n    ssoProvider {\n      name\n    }\n  }\n": types.EditorSsoProviderDocument,
    "\n  mutation EditorStartSsoSignIn {\n    startSsoSignIn {\n      authorizationUrl\n      binding\n      expiresAt\n    }\n  }\n": types.EditorStartSsoSignInDocument,
    "\n  mutation EditorCompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      csrfToken\n      twoFactorEnrolmentRequired\n      user {\n        id\n      }\n    }\n  }\n": types.EditorCompleteSsoSignInDocument,
    "\n  query AdminSsoSettings {\n    ssoRedirectUri\n    ssoSettings {\n      enabled\n      providerName\n      issuer\n      clientId\n      clientSecretSet\n      allowedDomains\n      claim\n      mappings {\n        value\n        role\n        locales\n      }\n      justInTime\n      ssoOnly\n    }\n  }\n": types.AdminSsoSettingsDocument,
    "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      enabled\n    }\n  }\n": types.AdminConfigureSsoDocument,
    "\n  query EditorTranslationView($documentId: ID!, $locale: String!) {\n    translationView(documentId: $documentId, locale: $locale) {\n      documentId\n      sourceLocale\n      locale\n      targetVersion\n      state\n      title {\n        source\n        target\n      }\n      summary {\n        source\n        target\n      }\n      progress {\n        total\n        missing\n        outdated\n        draft\n        needsReview\n        approved\n      }\n      blocks {\n        blockId\n        type\n        depth\n        parentId\n        translatable\n        status\n        source\n        target\n        sourceText\n        targetText\n        sourceChange {\n          value\n          added\n          removed\n        }\n        suggestions {\n          match\n          sourceText\n          targetText\n          targetBlock\n        }\n        terminology {\n          kind\n          term\n          expected\n          message\n        }\n      }\n    }\n  }\n": types.EditorTranslationViewDocument,
    "\n  mutation EditorSaveTranslatedBlocks($input: SaveTranslatedBlocksInput!) {\n    saveTranslatedBlocks(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n": types.EditorSaveTranslatedBlocksDocument,
    "\n  mutation EditorConfirmBlocks($input: ConfirmTranslatedBlocksInput!) {\n    confirmTranslatedBlocks(input: $input) {\n      view {\n        targetVersion\n      }\n    }\n  }\n": types.EditorConfirmBlocksDocument,
    "\n  query EditorTranslationProgress($filter: TranslationProgressFilter, $first: Int!, $after: String) {\n    translationProgress(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          documentId\n          title\n          sourceLocale\n          locale\n          state\n          workflowStatus\n          total\n          missing\n          outdated\n          draft\n          needsReview\n          approved\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EditorTranslationProgressDocument,
    "\n  query EditorXliffExport($input: XliffExportInput!) {\n    xliffExport(input: $input) {\n      filename\n      xml\n      documents\n      units\n    }\n  }\n": types.EditorXliffExportDocument,
    "\n  mutation EditorImportXliff($input: ImportXliffInput!) {\n    importXliff(input: $input) {\n      accepted\n      version\n      documents {\n        documentId\n        imported\n        revisionId\n      }\n      units {\n        documentId\n        unitId\n        result\n      }\n      problems {\n        code\n        message\n        documentId\n        unitId\n        segmentId\n      }\n    }\n  }\n": types.EditorImportXliffDocument,
    "\n  mutation EditorCompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n    }\n  }\n": types.EditorCompleteSignInDocument,
    "\n  query EditorTwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n": types.EditorTwoFactorStatusDocument,
    "\n  mutation EditorStartTwoFactor {\n    startTwoFactorEnrolment {\n      uri\n      secretGroups\n      expiresAt\n    }\n  }\n": types.EditorStartTwoFactorDocument,
    "\n  mutation EditorConfirmTwoFactor($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n": types.EditorConfirmTwoFactorDocument,
    "\n  mutation EditorDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      disabled\n    }\n  }\n": types.EditorDisableTwoFactorDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input)\n  }\n": types.SubmitFeedbackDocument,
    "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n    }\n  }\n": types.SiteTenantDocument,
    "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n": types.DocumentExistsDocument,
    "\n  query TopicExists($locale: String!, $topic: String!) {\n    documents(filter: { locale: $locale, topic: $topic }, first: 1) {\n      edges {\n        node {\n          documentId\n        }\n      }\n    }\n  }\n": types.TopicExistsDocument,
    "\n  fragment RegistryEntryFields on RegistryEntry {\n    id\n    kind\n    name\n    description\n    locale\n    dir\n    website\n    phone\n    email\n    address\n    identifiers {\n      scheme\n      value\n    }\n    legalBasis\n    lastVerifiedOn\n    sample\n    careCentre {\n      certification\n      certifier\n    }\n  }\n": types.RegistryEntryFieldsFragmentDoc,
    "\n  fragment ReaderDocumentFields on PublishedDocument {\n    id\n    kind\n    locale\n    requestedLocale\n    fallback\n    dir\n    slug\n    title\n    summary\n    topics\n    region\n    blocks\n    blockLocales {\n      blockId\n      locale\n      dir\n    }\n    registryLists {\n      blockId\n      kind\n      entries {\n        ...RegistryEntryFields\n      }\n    }\n    references {\n      number\n      id\n      text\n      links {\n        label\n        href\n      }\n    }\n    glossary {\n      id\n      term\n      definition\n      locale\n    }\n    media {\n      id\n      url\n      width\n      height\n      sources {\n        url\n        width\n        height\n        mimeType\n      }\n    }\n    quality {\n      publisher\n      authors {\n        name\n        qualification\n      }\n      reviewers {\n        name\n        qualification\n        role\n      }\n      lastReviewed\n      nextReviewDue\n      firstPublished\n      lastUpdated\n    }\n    alternates {\n      locale\n      slug\n    }\n    revisionId\n    publishedAt\n  }\n": types.ReaderDocumentFieldsFragmentDoc,
    "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n": types.PublishedDocumentDocument,
    "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DocumentListDocument,
    "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n": types.GlossaryDocument,
    "\n  query Search($query: String!, $locale: String!, $region: String, $first: Int!, $after: String) {\n    search(query: $query, locale: $locale, region: $region, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          documentId\n          slug\n          title\n          summary\n          locale\n          dir\n          fallback\n          snippet {\n            text\n            hit\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Registries($locale: String!, $region: String) {\n    registries(locale: $locale, region: $region) {\n      kind\n      label\n      locale\n      entryCount\n    }\n  }\n": types.RegistriesDocument,
    "\n  query RegistryEntries($filter: RegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntries(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RegistryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RegistryEntriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      signInPrefix\n      current\n      device {\n        browser\n        os\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id) {\n      session {\n        id\n        current\n      }\n    }\n  }\n"): typeof import('./graphql').SignOutSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere($keepCurrent: Boolean!) {\n    signOutEverywhere(keepCurrent: $keepCurrent) {\n      signedOutCount\n      signedOutHere\n    }\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTenant {\n    tenant {\n      id\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      reviewCycleMonths\n      requireTwoFactor\n      locales {\n        tag\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n      publishRequirements {\n        author\n        reviewer\n        lastReviewed\n        summary\n        sources\n        readability\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTenant($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers {\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          role\n          locales\n          since\n          user {\n            id\n            email\n            displayName\n          }\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      locales\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AdminMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryList($filter: ManagedRegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntriesForEditors(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          regions\n          flags\n          validUntil\n          lastVerifiedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryEntry($id: ID!, $locale: String) {\n    registryEntryForEditors(id: $id, locale: $locale) {\n      id\n      version\n      kind\n      key\n      name\n      texts {\n        locale\n        name\n        description\n      }\n      regions\n      identifiers {\n        scheme\n        value\n      }\n      validFrom\n      validUntil\n      lastVerifiedOn\n      website\n      email\n      phone\n      address\n      source\n      tags\n      condition\n      legalBasis\n      sample\n      flags\n      idFormatSource\n      careCentre {\n        certification\n        certifier\n      }\n      trialRegistry {\n        idFormat\n        idExample\n        idFormatVerified\n        whoPrimaryRegistry\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreate($input: CreateRegistryEntryInput!) {\n    createRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryUpdate($input: UpdateRegistryEntryInput!) {\n    updateRegistryEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryDelete($input: DeleteRegistryEntryInput!) {\n    deleteRegistryEntry(input: $input) {\n      deletedId\n    }\n  }\n"): typeof import('./graphql').RegistryDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryVerify($input: MarkRegistryEntryVerifiedInput!) {\n    markRegistryEntryVerified(input: $input) {\n      entry {\n        lastVerifiedOn\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryImport($input: ImportRegistryEntriesInput!) {\n    importRegistryEntries(input: $input) {\n      dryRun\n      written\n      rows\n      valid\n      created\n      updated\n      skipped\n      issues {\n        line\n        column\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorLabel\n          action\n          objectType\n          objectId\n          diff\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetTwoFactor($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      hadTwoFactor\n    }\n  }\n"): typeof import('./graphql').AdminResetTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhooks {\n    tenant {\n      corsOrigins\n    }\n    webhooks {\n      id\n      url\n      description\n      events\n      active\n      disabledReason\n      consecutiveFailures\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          eventType\n          state\n          attempts\n          createdAt\n          redeliveryOf\n          tries {\n            attempt\n            startedAt\n            statusCode\n            durationMs\n            error\n            outcome\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').AdminUpdateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').AdminDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorMe {\n    me {\n      csrfToken\n      user {\n        id\n        displayName\n        email\n      }\n      membership {\n        role\n        locales\n      }\n      # The actions the editor's screens show or hide controls for (lib/editor/admin/access.ts).\n      can(\n        actions: [\n          \"tenant.settings\"\n          \"tenant.configureSso\"\n          \"member.manage\"\n          \"registry.edit\"\n          \"audit.read\"\n          \"webhook.manage\"\n          \"feedback.read\"\n        ]\n      ) {\n        action\n        allowed\n      }\n      memberships {\n        role\n        tenant {\n          slug\n          name\n          host\n          defaultLocale\n          locales\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditorMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n      secondFactor {\n        token\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n"): typeof import('./graphql').EditorSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLinkOpen($token: String!) {\n    passwordResetLinkOpen(token: $token)\n  }\n"): typeof import('./graphql').PasswordResetLinkOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSignOut {\n    signOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql').EditorSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorDocuments($filter: DocumentFilter!, $first: Int!) {\n    documents(filter: $filter, first: $first) {\n      edges {\n        node {\n          documentId\n          slug\n          title\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditorDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorDocumentLocales($id: ID!) {\n    document(id: $id) {\n      sourceLocale\n      locales {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').EditorDocumentLocalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorUnpublishTarget($id: ID!) {\n    document(id: $id) {\n      id\n      locales {\n        locale\n        title\n        publishedRevisionId\n      }\n    }\n  }\n"): typeof import('./graphql').EditorUnpublishTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorDocument($id: ID!, $locale: String!, $uiLocale: String!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      reviewOverdue\n      locales {\n        locale\n        slug\n        title\n        status\n        version\n        headRevisionId\n        publishedRevisionId\n        publishAt\n        unpublishAt\n      }\n    }\n    revisions(documentId: $id, locale: $locale) {\n      id\n      number\n      authorLabel\n      createdAt\n      message\n      content\n      restoredFrom\n    }\n    contentChecks(documentId: $id, locale: $locale, uiLocale: $uiLocale) {\n      findings {\n        blockId\n        checkId\n        message\n        path\n        severity\n      }\n      unmetRequirements {\n        requirement\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').EditorDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorRevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(from: $from, to: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      summary {\n        value\n        added\n        removed\n      }\n      blocks {\n        blockId\n        change\n        words {\n          value\n          added\n          removed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditorRevisionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').EditorSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorRestore($input: RestoreRevisionInput!) {\n    restoreRevision(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').EditorRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorImport($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      document {\n        id\n      }\n      report {\n        code\n        element\n        reason\n        line\n        blockId\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').EditorImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSubmit($input: WorkflowInput!) {\n    submitForReview(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').EditorSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorApprove($input: ReviewInput!) {\n    approveTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').EditorApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSendBack($input: ReviewInput!) {\n    sendBackTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').EditorSendBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorPublish($input: PublishInput!) {\n    publishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').EditorPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorFeedback($after: String) {\n    feedbackSummary {\n      documentId\n      locale\n      title\n      helpful\n      notHelpful\n      recentHelpful\n      recentNotHelpful\n      earlierHelpful\n      earlierNotHelpful\n      openComments\n    }\n    feedbackComments(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          documentId\n          locale\n          title\n          helpful\n          comment\n          day\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EditorFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkFeedbackHandled($id: ID!) {\n    markFeedbackHandled(id: $id) {\n      id\n      handled\n    }\n  }\n"): typeof import('./graphql').MarkFeedbackHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      kinds {\n        kind\n        delivery\n        digestOffered\n      }\n      locale\n    }\n  }\n"): typeof import('./graphql').MyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      locale\n    }\n  }\n"): typeof import('./graphql').UpdateMyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      kind\n    }\n  }\n"): typeof import('./graphql').UnsubscribeNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorGlossaryKeys($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      key\n      term\n    }\n  }\n"): typeof import('./graphql').EditorGlossaryKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorMedia {\n    mediaItems(first: 100) {\n      id\n      fileName\n      url\n      decorative\n      texts {\n        locale\n        alt\n      }\n    }\n  }\n"): typeof import('./graphql').EditorMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorCitations($locale: String!) {\n    citations(first: 100) {\n      edges {\n        node {\n          id\n          formatted(locale: $locale) {\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditorCitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCreateCitation($input: CreateCitationInput!) {\n    createCitation(input: $input) {\n      citation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EditorCreateCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUnpublish($input: ScheduledWorkflowInput!) {\n    unpublishTranslation(input: $input) {\n      documentLocale {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').EditorUnpublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCancelSchedule($input: CancelScheduleInput!) {\n    cancelScheduledChange(input: $input) {\n      documentLocale {\n        publishAt\n      }\n    }\n  }\n"): typeof import('./graphql').EditorCancelScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorQuality($id: ID!) {\n    document(id: $id) {\n      id\n      sourceLocale\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          role\n          qualification\n        }\n        lastReviewed\n        nextReviewDue\n        reviewTrigger\n        conflictsOfInterest\n        funding\n        evidenceNotes\n      }\n    }\n  }\n"): typeof import('./graphql').EditorQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateQuality($input: UpdateDocumentMetadataInput!) {\n    updateDocumentMetadata(input: $input) {\n      document {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EditorUpdateQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorPreview($id: ID!, $locale: String!, $region: String) {\n    draftPreview(documentId: $id, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n"): typeof import('./graphql').EditorPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorReadabilityTargets {\n    tenant {\n      readabilityTargets {\n        score\n        min\n        max\n        custom\n      }\n    }\n  }\n"): typeof import('./graphql').EditorReadabilityTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorSsoProvider {\n    ssoProvider {\n      name\n    }\n  }\n"): typeof import('./graphql').EditorSsoProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorStartSsoSignIn {\n    startSsoSignIn {\n      authorizationUrl\n      binding\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').EditorStartSsoSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCompleteSsoSignIn($input: CompleteSsoSignInInput!) {\n    completeSsoSignIn(input: $input) {\n      csrfToken\n      twoFactorEnrolmentRequired\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EditorCompleteSsoSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSsoSettings {\n    ssoRedirectUri\n    ssoSettings {\n      enabled\n      providerName\n      issuer\n      clientId\n      clientSecretSet\n      allowedDomains\n      claim\n      mappings {\n        value\n        role\n        locales\n      }\n      justInTime\n      ssoOnly\n    }\n  }\n"): typeof import('./graphql').AdminSsoSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      enabled\n    }\n  }\n"): typeof import('./graphql').AdminConfigureSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorTranslationView($documentId: ID!, $locale: String!) {\n    translationView(documentId: $documentId, locale: $locale) {\n      documentId\n      sourceLocale\n      locale\n      targetVersion\n      state\n      title {\n        source\n        target\n      }\n      summary {\n        source\n        target\n      }\n      progress {\n        total\n        missing\n        outdated\n        draft\n        needsReview\n        approved\n      }\n      blocks {\n        blockId\n        type\n        depth\n        parentId\n        translatable\n        status\n        source\n        target\n        sourceText\n        targetText\n        sourceChange {\n          value\n          added\n          removed\n        }\n        suggestions {\n          match\n          sourceText\n          targetText\n          targetBlock\n        }\n        terminology {\n          kind\n          term\n          expected\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditorTranslationViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSaveTranslatedBlocks($input: SaveTranslatedBlocksInput!) {\n    saveTranslatedBlocks(input: $input) {\n      documentLocale {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').EditorSaveTranslatedBlocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorConfirmBlocks($input: ConfirmTranslatedBlocksInput!) {\n    confirmTranslatedBlocks(input: $input) {\n      view {\n        targetVersion\n      }\n    }\n  }\n"): typeof import('./graphql').EditorConfirmBlocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorTranslationProgress($filter: TranslationProgressFilter, $first: Int!, $after: String) {\n    translationProgress(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          documentId\n          title\n          sourceLocale\n          locale\n          state\n          workflowStatus\n          total\n          missing\n          outdated\n          draft\n          needsReview\n          approved\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EditorTranslationProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorXliffExport($input: XliffExportInput!) {\n    xliffExport(input: $input) {\n      filename\n      xml\n      documents\n      units\n    }\n  }\n"): typeof import('./graphql').EditorXliffExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorImportXliff($input: ImportXliffInput!) {\n    importXliff(input: $input) {\n      accepted\n      version\n      documents {\n        documentId\n        imported\n        revisionId\n      }\n      units {\n        documentId\n        unitId\n        result\n      }\n      problems {\n        code\n        message\n        documentId\n        unitId\n        segmentId\n      }\n    }\n  }\n"): typeof import('./graphql').EditorImportXliffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      csrfToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EditorCompleteSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorTwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n"): typeof import('./graphql').EditorTwoFactorStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorStartTwoFactor {\n    startTwoFactorEnrolment {\n      uri\n      secretGroups\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').EditorStartTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorConfirmTwoFactor($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').EditorConfirmTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      disabled\n    }\n  }\n"): typeof import('./graphql').EditorDisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input)\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      domains\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n        domains\n      }\n      theme {\n        background\n        surface\n        text\n        mutedText\n        link\n        accent\n        accentText\n        focus\n        focusText\n        focusRing\n        border\n      }\n    }\n  }\n"): typeof import('./graphql').SiteTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n"): typeof import('./graphql').DocumentExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicExists($locale: String!, $topic: String!) {\n    documents(filter: { locale: $locale, topic: $topic }, first: 1) {\n      edges {\n        node {\n          documentId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TopicExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryEntryFields on RegistryEntry {\n    id\n    kind\n    name\n    description\n    locale\n    dir\n    website\n    phone\n    email\n    address\n    identifiers {\n      scheme\n      value\n    }\n    legalBasis\n    lastVerifiedOn\n    sample\n    careCentre {\n      certification\n      certifier\n    }\n  }\n"): typeof import('./graphql').RegistryEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReaderDocumentFields on PublishedDocument {\n    id\n    kind\n    locale\n    requestedLocale\n    fallback\n    dir\n    slug\n    title\n    summary\n    topics\n    region\n    blocks\n    blockLocales {\n      blockId\n      locale\n      dir\n    }\n    registryLists {\n      blockId\n      kind\n      entries {\n        ...RegistryEntryFields\n      }\n    }\n    references {\n      number\n      id\n      text\n      links {\n        label\n        href\n      }\n    }\n    glossary {\n      id\n      term\n      definition\n      locale\n    }\n    media {\n      id\n      url\n      width\n      height\n      sources {\n        url\n        width\n        height\n        mimeType\n      }\n    }\n    quality {\n      publisher\n      authors {\n        name\n        qualification\n      }\n      reviewers {\n        name\n        qualification\n        role\n      }\n      lastReviewed\n      nextReviewDue\n      firstPublished\n      lastUpdated\n    }\n    alternates {\n      locale\n      slug\n    }\n    revisionId\n    publishedAt\n  }\n"): typeof import('./graphql').ReaderDocumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      ...ReaderDocumentFields\n    }\n  }\n"): typeof import('./graphql').PublishedDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n"): typeof import('./graphql').GlossaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $locale: String!, $region: String, $first: Int!, $after: String) {\n    search(query: $query, locale: $locale, region: $region, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          documentId\n          slug\n          title\n          summary\n          locale\n          dir\n          fallback\n          snippet {\n            text\n            hit\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registries($locale: String!, $region: String) {\n    registries(locale: $locale, region: $region) {\n      kind\n      label\n      locale\n      entryCount\n    }\n  }\n"): typeof import('./graphql').RegistriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryEntries($filter: RegistryEntryFilter!, $first: Int!, $after: String) {\n    registryEntries(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RegistryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RegistryEntriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
