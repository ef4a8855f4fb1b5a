; A382630: a(n) is the number of ways that n can be written as b+c*d, where b, c and d are positive integers and b < c < d.
; 0,0,0,0,0,0,0,1,0,1,0,1,0,2,1,1,1,2,0,2,1,2,2,3,0,3,2,2,1,3,1,4,2,3,3,3,1,4,3,3,1,4,2,5,3,3,4,5,1,5,3,4,3,5,2,4,3,5,5,6,1,6,5,4,4,5,3,6,4,5,3,6,2,7,6,5,5,6,4,7

lpb $0
  add $1,1
  sub $2,1
  mov $3,$2
  add $0,$2
  gcd $3,$0
  div $3,$2
  add $1,$3
  add $0,$2
lpe
mov $0,$1
