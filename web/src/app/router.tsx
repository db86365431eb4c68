import { createBrowserRouter } from "react-router";
import { ApplicationPage } from "../features/applications/ApplicationPage.tsx";
import { RegisterPage } from "../features/auth/RegisterPage.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { SignOutButton } from "../features/auth/SignOutButton.tsx";
import { CompaniesPage } from "../features/companies/CompaniesPage.tsx";
import { CompanyPage } from "../features/companies/CompanyPage.tsx";
import { ContactPage } from "../features/contacts/ContactPage.tsx";
import { ContactsPage } from "../features/contacts/ContactsPage.tsx";
import { DebriefPage } from "../features/debriefs/DebriefPage.tsx";
import { FeedbackEntryPage } from "../features/feedback/FeedbackEntryPage.tsx";
import { FeedbackPage } from "../features/feedback/FeedbackPage.tsx";
import { PublicFeedbackPage } from "../features/feedback/PublicFeedbackPage.tsx";
import { TodayPage } from "../features/home/TodayPage.tsx";
import { ImportPage } from "../features/imports/ImportPage.tsx";
import { InterviewPage } from "../features/interviews/InterviewPage.tsx";
import { NewInterviewPage } from "../features/interviews/NewInterviewPage.tsx";
import { ComposePage } from "../features/messages/ComposePage.tsx";
import { FeedbackRequestsPage } from "../features/messages/FeedbackRequestsPage.tsx";
import { MessageTemplatesSettingsPage } from "../features/messages/MessageTemplatesSettingsPage.tsx";
import { WelcomePage } from "../features/onboarding/WelcomePage.tsx";
import { ApplicationsPage } from "../features/pipeline/ApplicationsPage.tsx";
import { BoardPage } from "../features/pipeline/BoardPage.tsx";
import { ActivitySettingsPage } from "../features/settings/ActivitySettingsPage.tsx";
import { CalendarFeedSettingsPage } from "../features/settings/CalendarFeedSettingsPage.tsx";
import { EmailSettingsPage } from "../features/settings/EmailSettingsPage.tsx";
import { PasswordSettingsPage } from "../features/settings/PasswordSettingsPage.tsx";
import { PipelineSettingsPage } from "../features/settings/PipelineSettingsPage.tsx";
import { ProfileSettingsPage } from "../features/settings/ProfileSettingsPage.tsx";
import { ServerSettingsPage } from "../features/settings/ServerSettingsPage.tsx";
import { SessionsSettingsPage } from "../features/settings/SessionsSettingsPage.tsx";
import { SettingsLayout } from "../features/settings/SettingsLayout.tsx";
import { SignInMethodsSettingsPage } from "../features/settings/SignInMethodsSettingsPage.tsx";
import { TokensSettingsPage } from "../features/settings/TokensSettingsPage.tsx";
import { AppFrame } from "./AppFrame.tsx";
import { CenteredLayout } from "./CenteredLayout.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RouteErrorPage } from "./RouteErrorPage.tsx";
import { RequireNotOnboarded, RequireOnboarded, RequireOwner, RequireSignedOut } from "./route-guards.tsx";
import { SessionGate } from "./SessionGate.tsx";

/**
 * Every route. The session query (not loaders) decides who may see what: the guards are
 * layout routes that redirect, so a new page only has to be placed under the right one.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <SessionGate />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <RequireSignedOut />,
          children: [
            {
              element: <CenteredLayout />,
              children: [
                { path: "/sign-in", element: <SignInPage /> },
                { path: "/register", element: <RegisterPage /> },
              ],
            },
          ],
        },
        {
          element: <RequireNotOnboarded />,
          children: [
            {
              element: <CenteredLayout actions={<SignOutButton />} />,
              children: [{ path: "/welcome", element: <WelcomePage /> }],
            },
          ],
        },
        {
          element: <RequireOnboarded />,
          children: [
            {
              element: <AppFrame />,
              children: [
                { path: "/", element: <TodayPage /> },
                { path: "/board", element: <BoardPage /> },
                { path: "/applications", element: <ApplicationsPage /> },
                { path: "/applications/:id", element: <ApplicationPage /> },
                { path: "/applications/:id/interviews/new", element: <NewInterviewPage /> },
                { path: "/applications/:id/compose", element: <ComposePage /> },
                { path: "/messages/feedback-requests", element: <FeedbackRequestsPage /> },
                { path: "/interviews/:id", element: <InterviewPage /> },
                { path: "/interviews/:id/debrief", element: <DebriefPage /> },
                { path: "/companies", element: <CompaniesPage /> },
                { path: "/companies/:id", element: <CompanyPage /> },
                { path: "/contacts", element: <ContactsPage /> },
                { path: "/contacts/:id", element: <ContactPage /> },
                { path: "/import", element: <ImportPage /> },
                { path: "/feedback", element: <FeedbackPage /> },
                { path: "/feedback/:id", element: <FeedbackEntryPage /> },
                {
                  path: "/applications/:id/soft-landing",
                  lazy: async () => ({
                    Component: (await import("../features/growth/SoftLandingPage.tsx")).SoftLandingPage,
                  }),
                },
                {
                  path: "/growth",
                  lazy: async () => ({
                    Component: (await import("../features/growth/GrowthPlanPage.tsx")).GrowthPlanPage,
                  }),
                },
                {
                  path: "/journal",
                  lazy: async () => ({
                    Component: (await import("../features/journal/JournalHome.tsx")).JournalHome,
                  }),
                },
                {
                  path: "/journal/thoughts",
                  lazy: async () => ({
                    Component: (await import("../features/journal/ThoughtsPage.tsx")).ThoughtsPage,
                  }),
                },
                {
                  path: "/journal/check-in",
                  lazy: async () => ({
                    Component: (await import("../features/wellbeing/CheckInPage.tsx")).CheckInPage,
                  }),
                },
                {
                  path: "/journal/balance",
                  lazy: async () => ({
                    Component: (await import("../features/wellbeing/BalancePage.tsx")).BalancePage,
                  }),
                },
                {
                  path: "/journal/thoughts/:id",
                  lazy: async () => ({
                    Component: (await import("../features/journal/ThoughtsPage.tsx")).ThoughtRecordPage,
                  }),
                },
                {
                  path: "/journal/strengths",
                  lazy: async () => ({
                    Component: (await import("../features/strengths/StrengthsPage.tsx")).StrengthsPage,
                  }),
                },
                {
                  path: "/journal/reading",
                  lazy: async () => ({
                    Component: (await import("../features/reading/ReadingPage.tsx")).ReadingPage,
                  }),
                },
                {
                  path: "/insights",
                  // Loaded on first visit: the charting library is most of its weight.
                  lazy: async () => ({
                    Component: (await import("../features/insights/direction/DirectionPage.tsx")).DirectionPage,
                  }),
                },
                {
                  path: "/insights/funnel",
                  lazy: async () => ({
                    Component: (await import("../features/insights/FunnelPage.tsx")).FunnelPage,
                  }),
                },
                {
                  path: "/circle",
                  lazy: async () => ({ Component: (await import("../features/circle/FeedPage.tsx")).FeedPage }),
                },
                {
                  path: "/circle/mine",
                  lazy: async () => ({ Component: (await import("../features/circle/MyCirclePage.tsx")).MyCirclePage }),
                },
                {
                  path: "/circle/shared/:shareId",
                  lazy: async () => ({
                    Component: (await import("../features/circle/SharedItemPage.tsx")).SharedItemPage,
                  }),
                },
                {
                  path: "/circle/posts/new",
                  lazy: async () => ({ Component: (await import("../features/circle/PostPage.tsx")).PostPage }),
                },
                {
                  path: "/circle/posts/:postId",
                  lazy: async () => ({ Component: (await import("../features/circle/PostPage.tsx")).PostPage }),
                },
                {
                  path: "/circle/seekers/:seekerId/pipeline",
                  lazy: async () => ({
                    Component: (await import("../features/circle/PipelineSummaryPage.tsx")).PipelineSummaryPage,
                  }),
                },
                {
                  path: "/settings",
                  element: <SettingsLayout />,
                  children: [
                    { index: true, element: <ProfileSettingsPage /> },
                    { path: "password", element: <PasswordSettingsPage /> },
                    { path: "sessions", element: <SessionsSettingsPage /> },
                    { path: "sign-in-methods", element: <SignInMethodsSettingsPage /> },
                    { path: "activity", element: <ActivitySettingsPage /> },
                    { path: "pipeline", element: <PipelineSettingsPage /> },
                    { path: "email", element: <EmailSettingsPage /> },
                    { path: "message-templates", element: <MessageTemplatesSettingsPage /> },
                    { path: "calendar", element: <CalendarFeedSettingsPage /> },
                    { path: "tokens", element: <TokensSettingsPage /> },
                    { element: <RequireOwner />, children: [{ path: "server", element: <ServerSettingsPage /> }] },
                  ],
                },
              ],
            },
          ],
        },
        // A support circle's invite link: signed in or not (it leads to sign-up or sign-in and back).
        {
          element: <CenteredLayout />,
          children: [
            {
              path: "/circle/join",
              lazy: async () => ({ Component: (await import("../features/circle/JoinPage.tsx")).JoinPage }),
            },
          ],
        },
        // The interviewer's feedback page: public, no navigation, whoever is signed in or not.
        { path: "/f/:token", element: <PublicFeedbackPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
