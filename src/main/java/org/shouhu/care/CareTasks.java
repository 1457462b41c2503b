package org.shouhu.care;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's to-do list. A director (or anyone whose jurisdiction is a village) gets every child of the
 * jurisdiction with a contact or home visit due within the coming days or overdue, and open problems; a supervisor or
 * county officer gets the overdue items and open problems of the jurisdiction. Overdue first, then by due date.
 */
@Service
@Transactional(readOnly = true)
public class CareTasks {

	public List<CareTask> forCaller() {
		throw new UnsupportedOperationException("care: being built");
	}
}
