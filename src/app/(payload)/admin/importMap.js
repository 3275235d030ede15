import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TrackAdaptationPanel as TrackAdaptationPanel_d08a8be8e1679f7c2560a3ab9ae66eb9 } from '../../../../src/ui/admin/AdaptationPanel'
import { SessionOrder as SessionOrder_3f91b3bd9b7a68e4c70d119d76b61bfb } from '../../../../src/ui/admin/SessionOrder'
import { PublishButtonKeepingEdits as PublishButtonKeepingEdits_af585befd36a0896378db1ce3ef310b7 } from '../../../../src/ui/admin/PublishButtonKeepingEdits'
import { SessionAdaptationUpdate as SessionAdaptationUpdate_d08a8be8e1679f7c2560a3ab9ae66eb9 } from '../../../../src/ui/admin/AdaptationPanel'
import { LiveAgenda as LiveAgenda_2043ef047fd92811582e7dbafc7d2085 } from '../../../../src/ui/admin/LiveAgenda'
import { ActivityRowLabel as ActivityRowLabel_d709abf642a0f0bedfd54aa345fd6259 } from '../../../../src/ui/admin/ActivityRowLabel'
import { ReviewActions as ReviewActions_e93da9be49f4c37367c74abd5cff110c } from '../../../../src/ui/admin/ReviewActions'
import { LiveAgendaTotal as LiveAgendaTotal_2043ef047fd92811582e7dbafc7d2085 } from '../../../../src/ui/admin/LiveAgenda'
import { SessionPublishButton as SessionPublishButton_0650fe72e9f8b4c3fe61c6cb47dd887b } from '../../../../src/ui/admin/SessionPublishButton'
import { ReviewCommentCell as ReviewCommentCell_e134f8619f1b9fdac1e2a59c3fd18b22 } from '../../../../src/ui/admin/ReviewCells'
import { ReviewerNameCell as ReviewerNameCell_e134f8619f1b9fdac1e2a59c3fd18b22 } from '../../../../src/ui/admin/ReviewCells'
import { MediaThumbnailCell as MediaThumbnailCell_513ba020807b4109682b7ae7afb440c7 } from '../../../../src/ui/admin/MediaThumbnailCell'
import { ResourceMediaPreview as ResourceMediaPreview_6e328b25229cb2ce589a44ba78bec573 } from '../../../../src/ui/admin/MediaPreview'
import { ReadOnlyFlag as ReadOnlyFlag_7e510da4bc24dc65483932ec2dae7855 } from '../../../../src/ui/admin/ReadOnlyFlag'
import { MediaFilePreview as MediaFilePreview_6e328b25229cb2ce589a44ba78bec573 } from '../../../../src/ui/admin/MediaPreview'
import { FileSizeCell as FileSizeCell_babf9a6a9998af7e97b2eba076c41987 } from '../../../../src/ui/admin/FileSizeCell'
import { ReleaseOverview as ReleaseOverview_f1caba24b9678c03e14bfbb975bac13b } from '../../../../src/ui/admin/ReleaseOverview'
import { ReleaseChecks as ReleaseChecks_e7234afbd1571babf366788ef798a1b5 } from '../../../../src/ui/admin/ReleaseChecks'
import { WithdrawnCell as WithdrawnCell_f31ff735e4150cadc48592baa39ebb98 } from '../../../../src/ui/admin/ReleaseCells'
import { CurrentPasswordField as CurrentPasswordField_19bde5d6f90b689a9e92e76d2f86a8df } from '../../../../src/ui/admin/CurrentPasswordField'
import { Icon as Icon_11ef196dcb2f88d4968315af6b08d48b } from '../../../../src/ui/admin/Icon'
import { Logo as Logo_cb1f485f897dff8e27e57a16a4e9e931 } from '../../../../src/ui/admin/Logo'
import { CurriculumSearchNavLink as CurriculumSearchNavLink_9aac7a656c851184b59809d01b662d78 } from '../../../../src/ui/admin/CurriculumSearch'
import { ThemeMapNavLink as ThemeMapNavLink_3ffbc158394dcb49374773727e74f6ee } from '../../../../src/ui/admin/ThemeMap'
import { EvaluationNavLink as EvaluationNavLink_fcd1630fd5510b8d80de1b7501e1fa38 } from '../../../../src/ui/admin/Evaluation'
import { CoverageDashboard as CoverageDashboard_db8ae0a605fa1b7be4ab629234c46c78 } from '../../../../src/ui/admin/CoverageDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ThemeMapView as ThemeMapView_3ffbc158394dcb49374773727e74f6ee } from '../../../../src/ui/admin/ThemeMap'
import { EvaluationView as EvaluationView_fcd1630fd5510b8d80de1b7501e1fa38 } from '../../../../src/ui/admin/Evaluation'
import { CurriculumSearchView as CurriculumSearchView_9aac7a656c851184b59809d01b662d78 } from '../../../../src/ui/admin/CurriculumSearch'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/ui/admin/AdaptationPanel#TrackAdaptationPanel": TrackAdaptationPanel_d08a8be8e1679f7c2560a3ab9ae66eb9,
  "/src/ui/admin/SessionOrder#SessionOrder": SessionOrder_3f91b3bd9b7a68e4c70d119d76b61bfb,
  "/src/ui/admin/PublishButtonKeepingEdits#PublishButtonKeepingEdits": PublishButtonKeepingEdits_af585befd36a0896378db1ce3ef310b7,
  "/src/ui/admin/AdaptationPanel#SessionAdaptationUpdate": SessionAdaptationUpdate_d08a8be8e1679f7c2560a3ab9ae66eb9,
  "/src/ui/admin/LiveAgenda#LiveAgenda": LiveAgenda_2043ef047fd92811582e7dbafc7d2085,
  "/src/ui/admin/ActivityRowLabel#ActivityRowLabel": ActivityRowLabel_d709abf642a0f0bedfd54aa345fd6259,
  "/src/ui/admin/ReviewActions#ReviewActions": ReviewActions_e93da9be49f4c37367c74abd5cff110c,
  "/src/ui/admin/LiveAgenda#LiveAgendaTotal": LiveAgendaTotal_2043ef047fd92811582e7dbafc7d2085,
  "/src/ui/admin/SessionPublishButton#SessionPublishButton": SessionPublishButton_0650fe72e9f8b4c3fe61c6cb47dd887b,
  "/src/ui/admin/ReviewCells#ReviewCommentCell": ReviewCommentCell_e134f8619f1b9fdac1e2a59c3fd18b22,
  "/src/ui/admin/ReviewCells#ReviewerNameCell": ReviewerNameCell_e134f8619f1b9fdac1e2a59c3fd18b22,
  "/src/ui/admin/MediaThumbnailCell#MediaThumbnailCell": MediaThumbnailCell_513ba020807b4109682b7ae7afb440c7,
  "/src/ui/admin/MediaPreview#ResourceMediaPreview": ResourceMediaPreview_6e328b25229cb2ce589a44ba78bec573,
  "/src/ui/admin/ReadOnlyFlag#ReadOnlyFlag": ReadOnlyFlag_7e510da4bc24dc65483932ec2dae7855,
  "/src/ui/admin/MediaPreview#MediaFilePreview": MediaFilePreview_6e328b25229cb2ce589a44ba78bec573,
  "/src/ui/admin/FileSizeCell#FileSizeCell": FileSizeCell_babf9a6a9998af7e97b2eba076c41987,
  "/src/ui/admin/ReleaseOverview#ReleaseOverview": ReleaseOverview_f1caba24b9678c03e14bfbb975bac13b,
  "/src/ui/admin/ReleaseChecks#ReleaseChecks": ReleaseChecks_e7234afbd1571babf366788ef798a1b5,
  "/src/ui/admin/ReleaseCells#WithdrawnCell": WithdrawnCell_f31ff735e4150cadc48592baa39ebb98,
  "/src/ui/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_19bde5d6f90b689a9e92e76d2f86a8df,
  "/src/ui/admin/Icon#Icon": Icon_11ef196dcb2f88d4968315af6b08d48b,
  "/src/ui/admin/Logo#Logo": Logo_cb1f485f897dff8e27e57a16a4e9e931,
  "/src/ui/admin/CurriculumSearch#CurriculumSearchNavLink": CurriculumSearchNavLink_9aac7a656c851184b59809d01b662d78,
  "/src/ui/admin/ThemeMap#ThemeMapNavLink": ThemeMapNavLink_3ffbc158394dcb49374773727e74f6ee,
  "/src/ui/admin/Evaluation#EvaluationNavLink": EvaluationNavLink_fcd1630fd5510b8d80de1b7501e1fa38,
  "/src/ui/admin/CoverageDashboard#CoverageDashboard": CoverageDashboard_db8ae0a605fa1b7be4ab629234c46c78,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/ui/admin/ThemeMap#ThemeMapView": ThemeMapView_3ffbc158394dcb49374773727e74f6ee,
  "/src/ui/admin/Evaluation#EvaluationView": EvaluationView_fcd1630fd5510b8d80de1b7501e1fa38,
  "/src/ui/admin/CurriculumSearch#CurriculumSearchView": CurriculumSearchView_9aac7a656c851184b59809d01b662d78,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
