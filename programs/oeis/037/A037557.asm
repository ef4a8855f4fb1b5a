; A037557: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,1.
; Formula: a(n) = c(n), b(n) = lodadif(gcd(b(n-1),2)+c(n-1),7*c(n-1)+(gcd(b(n-1),2)+c(n-1))), c(n) = 7*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 0
; 2,17,137,1098,8785,70281,562250,4498001,35984009,287872074,2302976593,18423812745,147390501962,1179124015697,9432992125577,75463937004618,603711496036945,4829691968295561

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  add $1,$2
  mul $2,7
  add $2,$1
  dif $1,$2
lpe
mov $0,$2
