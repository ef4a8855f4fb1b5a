; A375883: a(n) = 2^(2n-1) sin(nA)/sqrt(15), where A is the angle opposite side BC in a triangle ABC having sidelengths |BC|=2, |CA| = 3, |AB| = 4; ABC is the smallest integer-sided scalene triangle.
; Formula: a(n) = b(n), b(n) = 4*b(n-1)+c(n-1), c(n) = 4*c(n-1)-(4*b(n-1)+c(n-1)), b(0) = 0, c(0) = 1
; 0,1,7,33,119,305,231,-3263,-26537,-133551,-510265,-1435039,-1881033,9793393,98650279,533857665,2158599191,6568471697,11441714823,-25003543391,-358092240905,-2106588992079,-9016647090073,-29411105757247,-61611386859561,39297984099025

mov $1,1
lpb $0
  mul $2,4
  sub $0,1
  add $2,$1
  mul $1,4
  sub $1,$2
lpe
mov $0,$2
