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
import { SessionOrder as SessionOrder_087385608977f93905e1a7d8ff5a3b93 } from '../../../../src/components/admin/SessionOrder'
import { LiveAgenda as LiveAgenda_ac620079284c0a746578be2bd9f27514 } from '../../../../src/components/admin/LiveAgenda'
import { ActivityRowLabel as ActivityRowLabel_91ae75a212fcc09c1b7fa6193b650190 } from '../../../../src/components/admin/ActivityRowLabel'
import { ReviewActions as ReviewActions_ce7718a2f4f9a4e8d299b4d592b9cce8 } from '../../../../src/components/admin/ReviewActions'
import { LiveAgendaTotal as LiveAgendaTotal_ac620079284c0a746578be2bd9f27514 } from '../../../../src/components/admin/LiveAgenda'
import { MediaThumbnailCell as MediaThumbnailCell_565accf38ecc519f01c2ccd2e2eaf84e } from '../../../../src/components/admin/MediaThumbnailCell'
import { ResourceMediaPreview as ResourceMediaPreview_db02aba84faf1c1ba1d4442ea4844938 } from '../../../../src/components/admin/MediaPreview'
import { MediaFilePreview as MediaFilePreview_db02aba84faf1c1ba1d4442ea4844938 } from '../../../../src/components/admin/MediaPreview'
import { FileSizeCell as FileSizeCell_19b8adf8f500bd6b51678a25776590c1 } from '../../../../src/components/admin/FileSizeCell'
import { ReleaseOverview as ReleaseOverview_262eed2dabd261d699d90fdaca09b2a0 } from '../../../../src/components/admin/ReleaseOverview'
import { Icon as Icon_b04c0db8d89d68ff5dd20d513b3034b9 } from '../../../../src/components/admin/Icon'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { CurriculumSearchNavLink as CurriculumSearchNavLink_cb0dfbee8f38305b834b9383af7d9428 } from '../../../../src/components/admin/CurriculumSearch'
import { ThemeMapNavLink as ThemeMapNavLink_f25d8f9ecfee8f9a726198eedc422010 } from '../../../../src/components/admin/ThemeMap'
import { CoverageDashboard as CoverageDashboard_e8fe13402befd3b370f5bf1b65758543 } from '../../../../src/components/admin/CoverageDashboard'
import { ThemeMapView as ThemeMapView_f25d8f9ecfee8f9a726198eedc422010 } from '../../../../src/components/admin/ThemeMap'
import { CurriculumSearchView as CurriculumSearchView_cb0dfbee8f38305b834b9383af7d9428 } from '../../../../src/components/admin/CurriculumSearch'
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
  "/src/components/admin/SessionOrder#SessionOrder": SessionOrder_087385608977f93905e1a7d8ff5a3b93,
  "/src/components/admin/LiveAgenda#LiveAgenda": LiveAgenda_ac620079284c0a746578be2bd9f27514,
  "/src/components/admin/ActivityRowLabel#ActivityRowLabel": ActivityRowLabel_91ae75a212fcc09c1b7fa6193b650190,
  "/src/components/admin/ReviewActions#ReviewActions": ReviewActions_ce7718a2f4f9a4e8d299b4d592b9cce8,
  "/src/components/admin/LiveAgenda#LiveAgendaTotal": LiveAgendaTotal_ac620079284c0a746578be2bd9f27514,
  "/src/components/admin/MediaThumbnailCell#MediaThumbnailCell": MediaThumbnailCell_565accf38ecc519f01c2ccd2e2eaf84e,
  "/src/components/admin/MediaPreview#ResourceMediaPreview": ResourceMediaPreview_db02aba84faf1c1ba1d4442ea4844938,
  "/src/components/admin/MediaPreview#MediaFilePreview": MediaFilePreview_db02aba84faf1c1ba1d4442ea4844938,
  "/src/components/admin/FileSizeCell#FileSizeCell": FileSizeCell_19b8adf8f500bd6b51678a25776590c1,
  "/src/components/admin/ReleaseOverview#ReleaseOverview": ReleaseOverview_262eed2dabd261d699d90fdaca09b2a0,
  "/src/components/admin/Icon#Icon": Icon_b04c0db8d89d68ff5dd20d513b3034b9,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/CurriculumSearch#CurriculumSearchNavLink": CurriculumSearchNavLink_cb0dfbee8f38305b834b9383af7d9428,
  "/src/components/admin/ThemeMap#ThemeMapNavLink": ThemeMapNavLink_f25d8f9ecfee8f9a726198eedc422010,
  "/src/components/admin/CoverageDashboard#CoverageDashboard": CoverageDashboard_e8fe13402befd3b370f5bf1b65758543,
  "/src/components/admin/ThemeMap#ThemeMapView": ThemeMapView_f25d8f9ecfee8f9a726198eedc422010,
  "/src/components/admin/CurriculumSearch#CurriculumSearchView": CurriculumSearchView_cb0dfbee8f38305b834b9383af7d9428,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
