import { FormAlert } from "../../../ui/FormAlert.tsx";
import { TaskItem } from "../../applications/components/TaskItem.tsx";
import { useUpcoming } from "../../interviews/interview-queries.ts";
import { InterviewList } from "./UpcomingInterviews.tsx";

/**
 * What's next: interviews to come (with whether a learning goal is set), interviews that just
 * happened, and tasks that are due. When there is nothing, it says so and asks for nothing.
 */
export function UpcomingSection() {
  const upcoming = useUpcoming();
  if (upcoming.isPending) return <p className="quiet-text">Loading what's coming up…</p>;
  if (upcoming.isError) return <FormAlert message={upcoming.error.message} />;

  const { interviews, recentInterviews, tasks } = upcoming.data;
  if (!interviews.length && !recentInterviews.length && !tasks.length) {
    return (
      <section className="card" aria-labelledby="today-upcoming">
        <h2 id="today-upcoming">Coming up</h2>
        <p>
          Nothing is scheduled and no tasks are due. When you add interviews and tasks to your applications, they'll
          show up here.
        </p>
        <p className="quiet-text">There's nothing you need to do here today.</p>
      </section>
    );
  }

  return (
    <>
      <section className="card" aria-labelledby="today-upcoming">
        <h2 id="today-upcoming">Coming up</h2>
        {interviews.length ? (
          <InterviewList interviews={interviews} showPrep />
        ) : (
          <p className="quiet-text">No interviews coming up.</p>
        )}
      </section>
      {recentInterviews.length ? (
        <section className="card" aria-labelledby="today-recent">
          <h2 id="today-recent">Recently</h2>
          <InterviewList interviews={recentInterviews} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="today-tasks">
        <h2 id="today-tasks">Tasks due</h2>
        {tasks.length ? (
          <ul className="task-list">
            {tasks.map((task) => (
              <TaskItem key={task.id} task={task} showApplication />
            ))}
          </ul>
        ) : (
          <p className="quiet-text">No tasks due in the next two weeks.</p>
        )}
      </section>
    </>
  );
}
