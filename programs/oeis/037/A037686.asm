; A037686: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+13,4)-2, c(n) = 9*c(n-1)+lodamod(b(n-1)+13,4), b(0) = 0, c(0) = 0
; 1,9,84,758,6823,61407,552666,4973996,44765965,402893685,3626043168,32634388514,293709496627,2643385469643,23790469226790,214114223041112,1927028007370009

#offset 1

lpb $0
  add $1,13
  mul $2,9
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
