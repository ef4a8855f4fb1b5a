; A037679: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,2,3.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-3, c(n) = 9*c(n-1)+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-3), b(0) = 0, c(0) = 0, d(0) = 1
; 1,9,83,750,6751,60759,546833,4921500,44293501,398641509,3587773583,32289962250,290609660251,2615486942259,23539382480333,211854442323000,1906689980907001

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,9
  sub $0,$2
  sub $1,1
  add $3,$2
  sub $2,3
  sub $0,$2
lpe
mov $0,$3
