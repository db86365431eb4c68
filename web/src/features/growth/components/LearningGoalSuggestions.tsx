import { Link } from "react-router";
import { useLearningGoalSuggestions } from "../growth-queries.ts";

interface LearningGoalSuggestionsProps {
  current: string;
  onUse: (goal: string) => void;
}

/** Beside the prep's learning goal: open growth-plan items, one click to use as the goal. */
export function LearningGoalSuggestions({ current, onUse }: LearningGoalSuggestionsProps) {
  const suggestions = useLearningGoalSuggestions();
  const items = (suggestions.data ?? []).filter((item) => item.learningGoal !== current.trim());
  if (items.length === 0) return null;
  return (
    <div className="learning-goal-suggestions">
      <p className="field-hint">
        From your <Link to="/growth">growth plan</Link>:
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.actionItemId}>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onUse(item.learningGoal)}
            >
              <span className="visually-hidden">Use as learning goal: </span>
              {item.learningGoal}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
