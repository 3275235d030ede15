import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_tracks_audience" AS ENUM('women', 'men', 'facilitators');
  CREATE TYPE "public"."enum_modules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__modules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__modules_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_sessions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sessions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sessions_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_resources_captions_language" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum_resources_languages" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum_resources_kind" AS ENUM('video', 'audio', 'image', 'document');
  CREATE TYPE "public"."enum_resources_audience" AS ENUM('participant', 'facilitator');
  CREATE TYPE "public"."enum_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_version_captions_language" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum__resources_v_version_languages" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum__resources_v_version_kind" AS ENUM('video', 'audio', 'image', 'document');
  CREATE TYPE "public"."enum__resources_v_version_audience" AS ENUM('participant', 'facilitator');
  CREATE TYPE "public"."enum__resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_services_languages" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum_services_kind" AS ENUM('shelter', 'legal-aid', 'health', 'psychological-support', 'hotline', 'justice-centre');
  CREATE TYPE "public"."enum_services_state" AS ENUM('national', 'aguascalientes', 'baja-california', 'baja-california-sur', 'campeche', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'coahuila', 'colima', 'durango', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'mexico', 'michoacan', 'morelos', 'nayarit', 'nuevo-leon', 'oaxaca', 'puebla', 'queretaro', 'quintana-roo', 'san-luis-potosi', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala', 'veracruz', 'yucatan', 'zacatecas');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_languages" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum__services_v_version_kind" AS ENUM('shelter', 'legal-aid', 'health', 'psychological-support', 'hotline', 'justice-centre');
  CREATE TYPE "public"."enum__services_v_version_state" AS ENUM('national', 'aguascalientes', 'baja-california', 'baja-california-sur', 'campeche', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'coahuila', 'colima', 'durango', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'mexico', 'michoacan', 'morelos', 'nayarit', 'nuevo-leon', 'oaxaca', 'puebla', 'queretaro', 'quintana-roo', 'san-luis-potosi', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala', 'veracruz', 'yucatan', 'zacatecas');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'curriculum-designer', 'trainer', 'reviewer', 'facilitator');
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"institution" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programmes_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"overview" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "programmes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "tracks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"programme_id" integer NOT NULL,
  	"slug" varchar,
  	"audience" "enum_tracks_audience" NOT NULL,
  	"planned_sessions" numeric NOT NULL,
  	"session_minutes" numeric DEFAULT 150 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tracks_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "modules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"track_id" integer,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_modules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "modules_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_modules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_track_id" integer,
  	"version_order" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__modules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__modules_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_modules_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sessions_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sessions_objectives_locales" (
  	"objective" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_check_in" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_check_in_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_theme_work" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_theme_work_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_video_vignette" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"resource_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_video_vignette_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_group_discussion" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_group_discussion_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_role_play" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_role_play_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_reflection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_reflection_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_homework" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_homework_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_closing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_closing_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_blocks_break" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "sessions_blocks_break_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_handouts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer
  );
  
  CREATE TABLE "sessions_handouts_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"track_id" integer,
  	"module_id" integer,
  	"duration" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sessions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sessions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content_notes" varchar,
  	"materials" varchar,
  	"facilitator_notes" jsonb,
  	"safety_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"resources_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_sessions_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sessions_v_version_objectives_locales" (
  	"objective" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_check_in" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_check_in_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_theme_work" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_theme_work_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_video_vignette" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"resource_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_video_vignette_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_group_discussion" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_group_discussion_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_role_play" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_role_play_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_reflection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_reflection_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_homework" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_homework_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_closing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_closing_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_blocks_break" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sessions_v_blocks_break_locales" (
  	"title" varchar,
  	"facilitator_instructions" jsonb,
  	"participant_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_version_handouts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sessions_v_version_handouts_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_track_id" integer,
  	"version_module_id" integer,
  	"version_duration" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sessions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sessions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_sessions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content_notes" varchar,
  	"version_materials" varchar,
  	"version_facilitator_notes" jsonb,
  	"version_safety_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sessions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"resources_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "resources_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_resources_captions_language",
  	"file_id" integer
  );
  
  CREATE TABLE "resources_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_resources_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_resources_kind",
  	"audience" "enum_resources_audience" DEFAULT 'participant',
  	"file_id" integer,
  	"duration_seconds" numeric,
  	"licence" varchar,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "resources_locales" (
  	"title" varchar,
  	"description" varchar,
  	"transcript" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "resources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tracks_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_resources_v_version_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__resources_v_version_captions_language",
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__resources_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__resources_v_version_kind",
  	"version_audience" "enum__resources_v_version_audience" DEFAULT 'participant',
  	"version_file_id" integer,
  	"version_duration_seconds" numeric,
  	"version_licence" varchar,
  	"version_credit" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__resources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_resources_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_transcript" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tracks_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_low_bandwidth_url" varchar,
  	"sizes_low_bandwidth_width" numeric,
  	"sizes_low_bandwidth_height" numeric,
  	"sizes_low_bandwidth_mime_type" varchar,
  	"sizes_low_bandwidth_filesize" numeric,
  	"sizes_low_bandwidth_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_page_url" varchar,
  	"sizes_page_width" numeric,
  	"sizes_page_height" numeric,
  	"sizes_page_mime_type" varchar,
  	"sizes_page_filesize" numeric,
  	"sizes_page_filename" varchar,
  	"sizes_print_url" varchar,
  	"sizes_print_width" numeric,
  	"sizes_print_height" numeric,
  	"sizes_print_mime_type" varchar,
  	"sizes_print_filesize" numeric,
  	"sizes_print_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_services_kind",
  	"state" "enum_services_state",
  	"municipality" varchar,
  	"phone" varchar,
  	"address" varchar,
  	"website" varchar,
  	"rural_coverage" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_locales" (
  	"hours" varchar,
  	"description" varchar,
  	"serves_whom" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__services_v_version_kind",
  	"version_state" "enum__services_v_version_state",
  	"version_municipality" varchar,
  	"version_phone" varchar,
  	"version_address" varchar,
  	"version_website" varchar,
  	"version_rural_coverage" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_locales" (
  	"version_hours" varchar,
  	"version_description" varchar,
  	"version_serves_whom" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tracks_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"programmes_id" integer,
  	"tracks_id" integer,
  	"modules_id" integer,
  	"sessions_id" integer,
  	"themes_id" integer,
  	"resources_id" integer,
  	"media_id" integer,
  	"services_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "programmes_locales" ADD CONSTRAINT "programmes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_texts" ADD CONSTRAINT "programmes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracks" ADD CONSTRAINT "tracks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracks_locales" ADD CONSTRAINT "tracks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "modules" ADD CONSTRAINT "modules_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "modules_locales" ADD CONSTRAINT "modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_modules_v" ADD CONSTRAINT "_modules_v_parent_id_modules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_modules_v" ADD CONSTRAINT "_modules_v_version_track_id_tracks_id_fk" FOREIGN KEY ("version_track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_modules_v_locales" ADD CONSTRAINT "_modules_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_objectives" ADD CONSTRAINT "sessions_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_objectives_locales" ADD CONSTRAINT "sessions_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_check_in" ADD CONSTRAINT "sessions_blocks_check_in_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_check_in_locales" ADD CONSTRAINT "sessions_blocks_check_in_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_check_in"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_theme_work" ADD CONSTRAINT "sessions_blocks_theme_work_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_theme_work_locales" ADD CONSTRAINT "sessions_blocks_theme_work_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_theme_work"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_video_vignette" ADD CONSTRAINT "sessions_blocks_video_vignette_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_blocks_video_vignette" ADD CONSTRAINT "sessions_blocks_video_vignette_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_video_vignette_locales" ADD CONSTRAINT "sessions_blocks_video_vignette_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_video_vignette"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_group_discussion" ADD CONSTRAINT "sessions_blocks_group_discussion_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_group_discussion_locales" ADD CONSTRAINT "sessions_blocks_group_discussion_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_group_discussion"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_role_play" ADD CONSTRAINT "sessions_blocks_role_play_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_role_play_locales" ADD CONSTRAINT "sessions_blocks_role_play_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_role_play"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_reflection" ADD CONSTRAINT "sessions_blocks_reflection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_reflection_locales" ADD CONSTRAINT "sessions_blocks_reflection_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_reflection"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_homework" ADD CONSTRAINT "sessions_blocks_homework_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_homework_locales" ADD CONSTRAINT "sessions_blocks_homework_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_homework"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_closing" ADD CONSTRAINT "sessions_blocks_closing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_closing_locales" ADD CONSTRAINT "sessions_blocks_closing_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_closing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_break" ADD CONSTRAINT "sessions_blocks_break_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_blocks_break_locales" ADD CONSTRAINT "sessions_blocks_break_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_blocks_break"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_handouts" ADD CONSTRAINT "sessions_handouts_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_handouts" ADD CONSTRAINT "sessions_handouts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_handouts_locales" ADD CONSTRAINT "sessions_handouts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_handouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_locales" ADD CONSTRAINT "sessions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_objectives" ADD CONSTRAINT "_sessions_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_objectives_locales" ADD CONSTRAINT "_sessions_v_version_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_version_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_check_in" ADD CONSTRAINT "_sessions_v_blocks_check_in_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_check_in_locales" ADD CONSTRAINT "_sessions_v_blocks_check_in_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_check_in"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_theme_work" ADD CONSTRAINT "_sessions_v_blocks_theme_work_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_theme_work_locales" ADD CONSTRAINT "_sessions_v_blocks_theme_work_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_theme_work"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_video_vignette" ADD CONSTRAINT "_sessions_v_blocks_video_vignette_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_video_vignette" ADD CONSTRAINT "_sessions_v_blocks_video_vignette_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_video_vignette_locales" ADD CONSTRAINT "_sessions_v_blocks_video_vignette_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_video_vignette"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_group_discussion" ADD CONSTRAINT "_sessions_v_blocks_group_discussion_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_group_discussion_locales" ADD CONSTRAINT "_sessions_v_blocks_group_discussion_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_group_discussion"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_role_play" ADD CONSTRAINT "_sessions_v_blocks_role_play_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_role_play_locales" ADD CONSTRAINT "_sessions_v_blocks_role_play_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_role_play"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_reflection" ADD CONSTRAINT "_sessions_v_blocks_reflection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_reflection_locales" ADD CONSTRAINT "_sessions_v_blocks_reflection_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_reflection"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_homework" ADD CONSTRAINT "_sessions_v_blocks_homework_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_homework_locales" ADD CONSTRAINT "_sessions_v_blocks_homework_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_homework"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_closing" ADD CONSTRAINT "_sessions_v_blocks_closing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_closing_locales" ADD CONSTRAINT "_sessions_v_blocks_closing_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_closing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_break" ADD CONSTRAINT "_sessions_v_blocks_break_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_blocks_break_locales" ADD CONSTRAINT "_sessions_v_blocks_break_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_blocks_break"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_handouts" ADD CONSTRAINT "_sessions_v_version_handouts_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_handouts" ADD CONSTRAINT "_sessions_v_version_handouts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_version_handouts_locales" ADD CONSTRAINT "_sessions_v_version_handouts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v_version_handouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_parent_id_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_version_track_id_tracks_id_fk" FOREIGN KEY ("version_track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_version_module_id_modules_id_fk" FOREIGN KEY ("version_module_id") REFERENCES "public"."modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_locales" ADD CONSTRAINT "_sessions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_captions" ADD CONSTRAINT "resources_captions_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_captions" ADD CONSTRAINT "resources_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_languages" ADD CONSTRAINT "resources_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_locales" ADD CONSTRAINT "resources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_tracks_fk" FOREIGN KEY ("tracks_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_captions" ADD CONSTRAINT "_resources_v_version_captions_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_version_captions" ADD CONSTRAINT "_resources_v_version_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_languages" ADD CONSTRAINT "_resources_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_parent_id_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_locales" ADD CONSTRAINT "_resources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_tracks_fk" FOREIGN KEY ("tracks_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_languages" ADD CONSTRAINT "services_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_languages" ADD CONSTRAINT "_services_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_tracks_fk" FOREIGN KEY ("tracks_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tracks_fk" FOREIGN KEY ("tracks_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_modules_fk" FOREIGN KEY ("modules_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "programmes_slug_idx" ON "programmes" USING btree ("slug");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE UNIQUE INDEX "programmes_locales_locale_parent_id_unique" ON "programmes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programmes_texts_order_parent" ON "programmes_texts" USING btree ("order","parent_id");
  CREATE INDEX "tracks_programme_idx" ON "tracks" USING btree ("programme_id");
  CREATE UNIQUE INDEX "tracks_slug_idx" ON "tracks" USING btree ("slug");
  CREATE INDEX "tracks_updated_at_idx" ON "tracks" USING btree ("updated_at");
  CREATE INDEX "tracks_created_at_idx" ON "tracks" USING btree ("created_at");
  CREATE UNIQUE INDEX "tracks_locales_locale_parent_id_unique" ON "tracks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "modules_track_idx" ON "modules" USING btree ("track_id");
  CREATE INDEX "modules_updated_at_idx" ON "modules" USING btree ("updated_at");
  CREATE INDEX "modules_created_at_idx" ON "modules" USING btree ("created_at");
  CREATE INDEX "modules__status_idx" ON "modules" USING btree ("_status");
  CREATE UNIQUE INDEX "modules_locales_locale_parent_id_unique" ON "modules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_modules_v_parent_idx" ON "_modules_v" USING btree ("parent_id");
  CREATE INDEX "_modules_v_version_version_track_idx" ON "_modules_v" USING btree ("version_track_id");
  CREATE INDEX "_modules_v_version_version_updated_at_idx" ON "_modules_v" USING btree ("version_updated_at");
  CREATE INDEX "_modules_v_version_version_created_at_idx" ON "_modules_v" USING btree ("version_created_at");
  CREATE INDEX "_modules_v_version_version__status_idx" ON "_modules_v" USING btree ("version__status");
  CREATE INDEX "_modules_v_created_at_idx" ON "_modules_v" USING btree ("created_at");
  CREATE INDEX "_modules_v_updated_at_idx" ON "_modules_v" USING btree ("updated_at");
  CREATE INDEX "_modules_v_snapshot_idx" ON "_modules_v" USING btree ("snapshot");
  CREATE INDEX "_modules_v_published_locale_idx" ON "_modules_v" USING btree ("published_locale");
  CREATE INDEX "_modules_v_latest_idx" ON "_modules_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_modules_v_locales_locale_parent_id_unique" ON "_modules_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_objectives_order_idx" ON "sessions_objectives" USING btree ("_order");
  CREATE INDEX "sessions_objectives_parent_id_idx" ON "sessions_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sessions_objectives_locales_locale_parent_id_unique" ON "sessions_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_check_in_order_idx" ON "sessions_blocks_check_in" USING btree ("_order");
  CREATE INDEX "sessions_blocks_check_in_parent_id_idx" ON "sessions_blocks_check_in" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_check_in_path_idx" ON "sessions_blocks_check_in" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_check_in_locales_locale_parent_id_unique" ON "sessions_blocks_check_in_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_theme_work_order_idx" ON "sessions_blocks_theme_work" USING btree ("_order");
  CREATE INDEX "sessions_blocks_theme_work_parent_id_idx" ON "sessions_blocks_theme_work" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_theme_work_path_idx" ON "sessions_blocks_theme_work" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_theme_work_locales_locale_parent_id_unique" ON "sessions_blocks_theme_work_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_video_vignette_order_idx" ON "sessions_blocks_video_vignette" USING btree ("_order");
  CREATE INDEX "sessions_blocks_video_vignette_parent_id_idx" ON "sessions_blocks_video_vignette" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_video_vignette_path_idx" ON "sessions_blocks_video_vignette" USING btree ("_path");
  CREATE INDEX "sessions_blocks_video_vignette_resource_idx" ON "sessions_blocks_video_vignette" USING btree ("resource_id");
  CREATE UNIQUE INDEX "sessions_blocks_video_vignette_locales_locale_parent_id_uniq" ON "sessions_blocks_video_vignette_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_group_discussion_order_idx" ON "sessions_blocks_group_discussion" USING btree ("_order");
  CREATE INDEX "sessions_blocks_group_discussion_parent_id_idx" ON "sessions_blocks_group_discussion" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_group_discussion_path_idx" ON "sessions_blocks_group_discussion" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_group_discussion_locales_locale_parent_id_un" ON "sessions_blocks_group_discussion_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_role_play_order_idx" ON "sessions_blocks_role_play" USING btree ("_order");
  CREATE INDEX "sessions_blocks_role_play_parent_id_idx" ON "sessions_blocks_role_play" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_role_play_path_idx" ON "sessions_blocks_role_play" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_role_play_locales_locale_parent_id_unique" ON "sessions_blocks_role_play_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_reflection_order_idx" ON "sessions_blocks_reflection" USING btree ("_order");
  CREATE INDEX "sessions_blocks_reflection_parent_id_idx" ON "sessions_blocks_reflection" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_reflection_path_idx" ON "sessions_blocks_reflection" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_reflection_locales_locale_parent_id_unique" ON "sessions_blocks_reflection_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_homework_order_idx" ON "sessions_blocks_homework" USING btree ("_order");
  CREATE INDEX "sessions_blocks_homework_parent_id_idx" ON "sessions_blocks_homework" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_homework_path_idx" ON "sessions_blocks_homework" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_homework_locales_locale_parent_id_unique" ON "sessions_blocks_homework_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_closing_order_idx" ON "sessions_blocks_closing" USING btree ("_order");
  CREATE INDEX "sessions_blocks_closing_parent_id_idx" ON "sessions_blocks_closing" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_closing_path_idx" ON "sessions_blocks_closing" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_closing_locales_locale_parent_id_unique" ON "sessions_blocks_closing_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_blocks_break_order_idx" ON "sessions_blocks_break" USING btree ("_order");
  CREATE INDEX "sessions_blocks_break_parent_id_idx" ON "sessions_blocks_break" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_break_path_idx" ON "sessions_blocks_break" USING btree ("_path");
  CREATE UNIQUE INDEX "sessions_blocks_break_locales_locale_parent_id_unique" ON "sessions_blocks_break_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_handouts_order_idx" ON "sessions_handouts" USING btree ("_order");
  CREATE INDEX "sessions_handouts_parent_id_idx" ON "sessions_handouts" USING btree ("_parent_id");
  CREATE INDEX "sessions_handouts_file_idx" ON "sessions_handouts" USING btree ("file_id");
  CREATE UNIQUE INDEX "sessions_handouts_locales_locale_parent_id_unique" ON "sessions_handouts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_number_idx" ON "sessions" USING btree ("number");
  CREATE INDEX "sessions_track_idx" ON "sessions" USING btree ("track_id");
  CREATE INDEX "sessions_module_idx" ON "sessions" USING btree ("module_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE INDEX "sessions__status_idx" ON "sessions" USING btree ("_status");
  CREATE UNIQUE INDEX "track_number_idx" ON "sessions" USING btree ("track_id","number");
  CREATE UNIQUE INDEX "sessions_locales_locale_parent_id_unique" ON "sessions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_rels_order_idx" ON "sessions_rels" USING btree ("order");
  CREATE INDEX "sessions_rels_parent_idx" ON "sessions_rels" USING btree ("parent_id");
  CREATE INDEX "sessions_rels_path_idx" ON "sessions_rels" USING btree ("path");
  CREATE INDEX "sessions_rels_resources_id_idx" ON "sessions_rels" USING btree ("resources_id");
  CREATE INDEX "sessions_rels_themes_id_idx" ON "sessions_rels" USING btree ("themes_id");
  CREATE INDEX "_sessions_v_version_objectives_order_idx" ON "_sessions_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_objectives_parent_id_idx" ON "_sessions_v_version_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_sessions_v_version_objectives_locales_locale_parent_id_uniq" ON "_sessions_v_version_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_check_in_order_idx" ON "_sessions_v_blocks_check_in" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_check_in_parent_id_idx" ON "_sessions_v_blocks_check_in" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_check_in_path_idx" ON "_sessions_v_blocks_check_in" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_check_in_locales_locale_parent_id_unique" ON "_sessions_v_blocks_check_in_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_theme_work_order_idx" ON "_sessions_v_blocks_theme_work" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_theme_work_parent_id_idx" ON "_sessions_v_blocks_theme_work" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_theme_work_path_idx" ON "_sessions_v_blocks_theme_work" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_theme_work_locales_locale_parent_id_uniqu" ON "_sessions_v_blocks_theme_work_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_video_vignette_order_idx" ON "_sessions_v_blocks_video_vignette" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_video_vignette_parent_id_idx" ON "_sessions_v_blocks_video_vignette" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_video_vignette_path_idx" ON "_sessions_v_blocks_video_vignette" USING btree ("_path");
  CREATE INDEX "_sessions_v_blocks_video_vignette_resource_idx" ON "_sessions_v_blocks_video_vignette" USING btree ("resource_id");
  CREATE UNIQUE INDEX "_sessions_v_blocks_video_vignette_locales_locale_parent_id_u" ON "_sessions_v_blocks_video_vignette_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_group_discussion_order_idx" ON "_sessions_v_blocks_group_discussion" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_group_discussion_parent_id_idx" ON "_sessions_v_blocks_group_discussion" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_group_discussion_path_idx" ON "_sessions_v_blocks_group_discussion" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_group_discussion_locales_locale_parent_id" ON "_sessions_v_blocks_group_discussion_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_role_play_order_idx" ON "_sessions_v_blocks_role_play" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_role_play_parent_id_idx" ON "_sessions_v_blocks_role_play" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_role_play_path_idx" ON "_sessions_v_blocks_role_play" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_role_play_locales_locale_parent_id_unique" ON "_sessions_v_blocks_role_play_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_reflection_order_idx" ON "_sessions_v_blocks_reflection" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_reflection_parent_id_idx" ON "_sessions_v_blocks_reflection" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_reflection_path_idx" ON "_sessions_v_blocks_reflection" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_reflection_locales_locale_parent_id_uniqu" ON "_sessions_v_blocks_reflection_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_homework_order_idx" ON "_sessions_v_blocks_homework" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_homework_parent_id_idx" ON "_sessions_v_blocks_homework" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_homework_path_idx" ON "_sessions_v_blocks_homework" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_homework_locales_locale_parent_id_unique" ON "_sessions_v_blocks_homework_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_closing_order_idx" ON "_sessions_v_blocks_closing" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_closing_parent_id_idx" ON "_sessions_v_blocks_closing" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_closing_path_idx" ON "_sessions_v_blocks_closing" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_closing_locales_locale_parent_id_unique" ON "_sessions_v_blocks_closing_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_blocks_break_order_idx" ON "_sessions_v_blocks_break" USING btree ("_order");
  CREATE INDEX "_sessions_v_blocks_break_parent_id_idx" ON "_sessions_v_blocks_break" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_break_path_idx" ON "_sessions_v_blocks_break" USING btree ("_path");
  CREATE UNIQUE INDEX "_sessions_v_blocks_break_locales_locale_parent_id_unique" ON "_sessions_v_blocks_break_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_version_handouts_order_idx" ON "_sessions_v_version_handouts" USING btree ("_order");
  CREATE INDEX "_sessions_v_version_handouts_parent_id_idx" ON "_sessions_v_version_handouts" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_handouts_file_idx" ON "_sessions_v_version_handouts" USING btree ("file_id");
  CREATE UNIQUE INDEX "_sessions_v_version_handouts_locales_locale_parent_id_unique" ON "_sessions_v_version_handouts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_parent_idx" ON "_sessions_v" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_version_version_number_idx" ON "_sessions_v" USING btree ("version_number");
  CREATE INDEX "_sessions_v_version_version_track_idx" ON "_sessions_v" USING btree ("version_track_id");
  CREATE INDEX "_sessions_v_version_version_module_idx" ON "_sessions_v" USING btree ("version_module_id");
  CREATE INDEX "_sessions_v_version_version_updated_at_idx" ON "_sessions_v" USING btree ("version_updated_at");
  CREATE INDEX "_sessions_v_version_version_created_at_idx" ON "_sessions_v" USING btree ("version_created_at");
  CREATE INDEX "_sessions_v_version_version__status_idx" ON "_sessions_v" USING btree ("version__status");
  CREATE INDEX "_sessions_v_created_at_idx" ON "_sessions_v" USING btree ("created_at");
  CREATE INDEX "_sessions_v_updated_at_idx" ON "_sessions_v" USING btree ("updated_at");
  CREATE INDEX "_sessions_v_snapshot_idx" ON "_sessions_v" USING btree ("snapshot");
  CREATE INDEX "_sessions_v_published_locale_idx" ON "_sessions_v" USING btree ("published_locale");
  CREATE INDEX "_sessions_v_latest_idx" ON "_sessions_v" USING btree ("latest");
  CREATE INDEX "version_track_version_number_idx" ON "_sessions_v" USING btree ("version_track_id","version_number");
  CREATE UNIQUE INDEX "_sessions_v_locales_locale_parent_id_unique" ON "_sessions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sessions_v_rels_order_idx" ON "_sessions_v_rels" USING btree ("order");
  CREATE INDEX "_sessions_v_rels_parent_idx" ON "_sessions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_rels_path_idx" ON "_sessions_v_rels" USING btree ("path");
  CREATE INDEX "_sessions_v_rels_resources_id_idx" ON "_sessions_v_rels" USING btree ("resources_id");
  CREATE INDEX "_sessions_v_rels_themes_id_idx" ON "_sessions_v_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_captions_order_idx" ON "resources_captions" USING btree ("_order");
  CREATE INDEX "resources_captions_parent_id_idx" ON "resources_captions" USING btree ("_parent_id");
  CREATE INDEX "resources_captions_file_idx" ON "resources_captions" USING btree ("file_id");
  CREATE INDEX "resources_languages_order_idx" ON "resources_languages" USING btree ("order");
  CREATE INDEX "resources_languages_parent_idx" ON "resources_languages" USING btree ("parent_id");
  CREATE INDEX "resources_file_idx" ON "resources" USING btree ("file_id");
  CREATE INDEX "resources_updated_at_idx" ON "resources" USING btree ("updated_at");
  CREATE INDEX "resources_created_at_idx" ON "resources" USING btree ("created_at");
  CREATE INDEX "resources__status_idx" ON "resources" USING btree ("_status");
  CREATE UNIQUE INDEX "resources_locales_locale_parent_id_unique" ON "resources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_rels_order_idx" ON "resources_rels" USING btree ("order");
  CREATE INDEX "resources_rels_parent_idx" ON "resources_rels" USING btree ("parent_id");
  CREATE INDEX "resources_rels_path_idx" ON "resources_rels" USING btree ("path");
  CREATE INDEX "resources_rels_tracks_id_idx" ON "resources_rels" USING btree ("tracks_id");
  CREATE INDEX "resources_rels_themes_id_idx" ON "resources_rels" USING btree ("themes_id");
  CREATE INDEX "_resources_v_version_captions_order_idx" ON "_resources_v_version_captions" USING btree ("_order");
  CREATE INDEX "_resources_v_version_captions_parent_id_idx" ON "_resources_v_version_captions" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_captions_file_idx" ON "_resources_v_version_captions" USING btree ("file_id");
  CREATE INDEX "_resources_v_version_languages_order_idx" ON "_resources_v_version_languages" USING btree ("order");
  CREATE INDEX "_resources_v_version_languages_parent_idx" ON "_resources_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_resources_v_parent_idx" ON "_resources_v" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_version_file_idx" ON "_resources_v" USING btree ("version_file_id");
  CREATE INDEX "_resources_v_version_version_updated_at_idx" ON "_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_resources_v_version_version_created_at_idx" ON "_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_resources_v_version_version__status_idx" ON "_resources_v" USING btree ("version__status");
  CREATE INDEX "_resources_v_created_at_idx" ON "_resources_v" USING btree ("created_at");
  CREATE INDEX "_resources_v_updated_at_idx" ON "_resources_v" USING btree ("updated_at");
  CREATE INDEX "_resources_v_snapshot_idx" ON "_resources_v" USING btree ("snapshot");
  CREATE INDEX "_resources_v_published_locale_idx" ON "_resources_v" USING btree ("published_locale");
  CREATE INDEX "_resources_v_latest_idx" ON "_resources_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_resources_v_locales_locale_parent_id_unique" ON "_resources_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_rels_order_idx" ON "_resources_v_rels" USING btree ("order");
  CREATE INDEX "_resources_v_rels_parent_idx" ON "_resources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_resources_v_rels_path_idx" ON "_resources_v_rels" USING btree ("path");
  CREATE INDEX "_resources_v_rels_tracks_id_idx" ON "_resources_v_rels" USING btree ("tracks_id");
  CREATE INDEX "_resources_v_rels_themes_id_idx" ON "_resources_v_rels" USING btree ("themes_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_low_bandwidth_sizes_low_bandwidth_filename_idx" ON "media" USING btree ("sizes_low_bandwidth_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_page_sizes_page_filename_idx" ON "media" USING btree ("sizes_page_filename");
  CREATE INDEX "media_sizes_print_sizes_print_filename_idx" ON "media" USING btree ("sizes_print_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_languages_order_idx" ON "services_languages" USING btree ("order");
  CREATE INDEX "services_languages_parent_idx" ON "services_languages" USING btree ("parent_id");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_languages_order_idx" ON "_services_v_version_languages" USING btree ("order");
  CREATE INDEX "_services_v_version_languages_parent_idx" ON "_services_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_snapshot_idx" ON "_services_v" USING btree ("snapshot");
  CREATE INDEX "_services_v_published_locale_idx" ON "_services_v" USING btree ("published_locale");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_services_v_locales_locale_parent_id_unique" ON "_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_tracks_id_idx" ON "users_rels" USING btree ("tracks_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_tracks_id_idx" ON "payload_locked_documents_rels" USING btree ("tracks_id");
  CREATE INDEX "payload_locked_documents_rels_modules_id_idx" ON "payload_locked_documents_rels" USING btree ("modules_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("resources_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_locales" CASCADE;
  DROP TABLE "programmes_texts" CASCADE;
  DROP TABLE "tracks" CASCADE;
  DROP TABLE "tracks_locales" CASCADE;
  DROP TABLE "modules" CASCADE;
  DROP TABLE "modules_locales" CASCADE;
  DROP TABLE "_modules_v" CASCADE;
  DROP TABLE "_modules_v_locales" CASCADE;
  DROP TABLE "sessions_objectives" CASCADE;
  DROP TABLE "sessions_objectives_locales" CASCADE;
  DROP TABLE "sessions_blocks_check_in" CASCADE;
  DROP TABLE "sessions_blocks_check_in_locales" CASCADE;
  DROP TABLE "sessions_blocks_theme_work" CASCADE;
  DROP TABLE "sessions_blocks_theme_work_locales" CASCADE;
  DROP TABLE "sessions_blocks_video_vignette" CASCADE;
  DROP TABLE "sessions_blocks_video_vignette_locales" CASCADE;
  DROP TABLE "sessions_blocks_group_discussion" CASCADE;
  DROP TABLE "sessions_blocks_group_discussion_locales" CASCADE;
  DROP TABLE "sessions_blocks_role_play" CASCADE;
  DROP TABLE "sessions_blocks_role_play_locales" CASCADE;
  DROP TABLE "sessions_blocks_reflection" CASCADE;
  DROP TABLE "sessions_blocks_reflection_locales" CASCADE;
  DROP TABLE "sessions_blocks_homework" CASCADE;
  DROP TABLE "sessions_blocks_homework_locales" CASCADE;
  DROP TABLE "sessions_blocks_closing" CASCADE;
  DROP TABLE "sessions_blocks_closing_locales" CASCADE;
  DROP TABLE "sessions_blocks_break" CASCADE;
  DROP TABLE "sessions_blocks_break_locales" CASCADE;
  DROP TABLE "sessions_handouts" CASCADE;
  DROP TABLE "sessions_handouts_locales" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "sessions_locales" CASCADE;
  DROP TABLE "sessions_rels" CASCADE;
  DROP TABLE "_sessions_v_version_objectives" CASCADE;
  DROP TABLE "_sessions_v_version_objectives_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_check_in" CASCADE;
  DROP TABLE "_sessions_v_blocks_check_in_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_theme_work" CASCADE;
  DROP TABLE "_sessions_v_blocks_theme_work_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_video_vignette" CASCADE;
  DROP TABLE "_sessions_v_blocks_video_vignette_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_group_discussion" CASCADE;
  DROP TABLE "_sessions_v_blocks_group_discussion_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_role_play" CASCADE;
  DROP TABLE "_sessions_v_blocks_role_play_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_reflection" CASCADE;
  DROP TABLE "_sessions_v_blocks_reflection_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_homework" CASCADE;
  DROP TABLE "_sessions_v_blocks_homework_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_closing" CASCADE;
  DROP TABLE "_sessions_v_blocks_closing_locales" CASCADE;
  DROP TABLE "_sessions_v_blocks_break" CASCADE;
  DROP TABLE "_sessions_v_blocks_break_locales" CASCADE;
  DROP TABLE "_sessions_v_version_handouts" CASCADE;
  DROP TABLE "_sessions_v_version_handouts_locales" CASCADE;
  DROP TABLE "_sessions_v" CASCADE;
  DROP TABLE "_sessions_v_locales" CASCADE;
  DROP TABLE "_sessions_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "resources_captions" CASCADE;
  DROP TABLE "resources_languages" CASCADE;
  DROP TABLE "resources" CASCADE;
  DROP TABLE "resources_locales" CASCADE;
  DROP TABLE "resources_rels" CASCADE;
  DROP TABLE "_resources_v_version_captions" CASCADE;
  DROP TABLE "_resources_v_version_languages" CASCADE;
  DROP TABLE "_resources_v" CASCADE;
  DROP TABLE "_resources_v_locales" CASCADE;
  DROP TABLE "_resources_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "services_languages" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "_services_v_version_languages" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_tracks_audience";
  DROP TYPE "public"."enum_modules_status";
  DROP TYPE "public"."enum__modules_v_version_status";
  DROP TYPE "public"."enum__modules_v_published_locale";
  DROP TYPE "public"."enum_sessions_status";
  DROP TYPE "public"."enum__sessions_v_version_status";
  DROP TYPE "public"."enum__sessions_v_published_locale";
  DROP TYPE "public"."enum_resources_captions_language";
  DROP TYPE "public"."enum_resources_languages";
  DROP TYPE "public"."enum_resources_kind";
  DROP TYPE "public"."enum_resources_audience";
  DROP TYPE "public"."enum_resources_status";
  DROP TYPE "public"."enum__resources_v_version_captions_language";
  DROP TYPE "public"."enum__resources_v_version_languages";
  DROP TYPE "public"."enum__resources_v_version_kind";
  DROP TYPE "public"."enum__resources_v_version_audience";
  DROP TYPE "public"."enum__resources_v_version_status";
  DROP TYPE "public"."enum__resources_v_published_locale";
  DROP TYPE "public"."enum_services_languages";
  DROP TYPE "public"."enum_services_kind";
  DROP TYPE "public"."enum_services_state";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_languages";
  DROP TYPE "public"."enum__services_v_version_kind";
  DROP TYPE "public"."enum__services_v_version_state";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum__services_v_published_locale";
  DROP TYPE "public"."enum_users_roles";`)
}
