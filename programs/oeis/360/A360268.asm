; A360268: A version of the Josephus problem: a(n) is the surviving integer under the following elimination process. Arrange 1,2,3,...,n in a circle, increasing clockwise. Starting with i=1, delete the integer 5 places clockwise from i. Repeat, counting 5 places from the next undeleted integer, until only one integer remains.
; Formula: a(n) = b(n)+1, b(n) = lodamod(b(n-1)+6,c(n-1)+1), c(n) = c(n-1)+1, b(0) = 0, c(0) = 0
; 1,1,1,3,4,4,3,1,7,3,9,3,9,1,7,13,2,8,14,20,5,11,17,23,4,10,16,22,28,4,10,16,22,28,34,4,10,16,22,28,34,40,3,9,15,21,27,33,39,45,51,5,11,17,23,29,35,41,47,53,59,3,9,15,21,27,33,39,45,51,57,63,69,1,7,13,19,25

#offset 1

lpb $0
  add $1,6
  sub $0,1
  add $2,1
  mod $1,$2
lpe
mov $0,$1
add $0,1
