; A326674: GCD of the set of positions of 1's in the reversed binary expansion of n.
; 1,2,1,3,1,1,1,4,1,2,1,1,1,1,1,5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,6,1,2,1,3,1,1,1,2,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,7,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

lpb $0
  add $1,2
  lpb $0
    dif $0,2
    add $1,2
  lpe
  gcd $2,$1
  div $0,2
lpe
mov $0,$2
div $0,2
