import { useState } from "react";
import type { Task } from "../../../../../contract/tasks.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { TaskItem } from "../../applications/components/TaskItem.tsx";
import { useUpcoming } from "../../interviews/interview-queries.ts";
import { ShowMore } from "./ShowMoreList.tsx";
import { InterviewList } from "./UpcomingInterviews.tsx";

/**
 * What's next: interviews to come (with whether a learning goal is set), interviews that just
 * happened, and tasks that are due. When there is nothing, it says so and asks for nothing.
 */
export function UpcomingSection() {
  const upcoming = useUpcoming();
  // Ticked here, a task stays in view (done, and easy to untick) until the next visit.
  const [ticked, setTicked] = useState<Task[]>([]);
  if (upcoming.isPending) return <p className="quiet-text">Loading what's coming up…</p>;
  if (upcoming.isError) return <FormAlert message={upcoming.error.message} />;

  const { interviews, recentInterviews } = upcoming.data;
  const open = upcoming.data.tasks;
  // The answer to a tick is newer than the list until the list refreshes.
  const saved = new Map(ticked.map((task) => [task.id, task]));
  const tasks = [
    ...open.map((task) => saved.get(task.id) ?? task),
    ...ticked.filter((task) => !open.some((other) => other.id === task.id)),
  ];
  const onToggled = (task: Task) => setTicked((current) => [...current.filter((other) => other.id !== task.id), task]);
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
          <ShowMore items={interviews} first={5} noun="upcoming interviews">
            {(visible) => <InterviewList interviews={visible} showPrep />}
          </ShowMore>
        ) : (
          <p className="quiet-text">No interviews coming up.</p>
        )}
      </section>
      {recentInterviews.length ? (
        <section className="card" aria-labelledby="today-recent">
          <h2 id="today-recent">Recently</h2>
          <ShowMore items={recentInterviews} first={3} noun="recent interviews">
            {(visible) => <InterviewList interviews={visible} />}
          </ShowMore>
        </section>
      ) : null}
      <section className="card" aria-labelledby="today-tasks">
        <h2 id="today-tasks">Tasks due</h2>
        {tasks.length ? (
          <ShowMore items={tasks} first={8} noun="tasks">
            {(visible) => (
              <ul className="task-list">
                {visible.map((task) => (
                  <TaskItem key={task.id} task={task} showApplication onToggled={onToggled} />
                ))}
              </ul>
            )}
          </ShowMore>
        ) : (
          <p className="quiet-text">No tasks due in the next two weeks.</p>
        )}
      </section>
    </>
  );
}
