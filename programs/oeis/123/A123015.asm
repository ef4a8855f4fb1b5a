; A123015: Grow a binary tree using the following rules. Initially there is a single node labeled 1. At each step we add 1 to all labels less than 3. If a node has label 3 and zero or one descendants we add a new descendant labeled 1. Sequence gives sum of all labels at step n.
; Formula: a(n) = truncate(e(n)/-1)+1, b(n) = -b(n-1)-e(n-1), c(n) = c(n-1)-d(n-1)-b(n-1), d(n) = d(n-1)+(c(n-1)-d(n-1))+(c(n-1)-d(n-1)-b(n-1)), e(n) = e(n-1)+(d(n-1)+(c(n-1)-d(n-1)))-1, b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,3,4,6,8,10,13,17,21,26,33,41,50,62,77,94,115,142,174,212,260,319,389,475,582,711,867,1060,1296,1581,1930,2359,2880,3514,4292,5242,6397,7809,9537,11642,14209,17349,21182,25854,31561,38534,47039,57418,70098,85576

lpb $0
  mul $1,-1
  sub $0,1
  sub $2,$3
  add $3,$2
  add $2,$1
  sub $1,$4
  add $4,$3
  sub $4,1
  add $3,$2
lpe
mov $0,$4
div $0,-1
add $0,1
