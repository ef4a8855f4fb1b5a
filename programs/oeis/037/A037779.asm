; A037779: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,2,0.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 4*d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 3,13,54,216,867,3469,13878,55512,222051,888205,3552822,14211288,56845155,227380621,909522486,3638089944,14552359779,58209439117,232837756470,931351025880,3725404103523,14901616414093,59606465656374

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,4
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
