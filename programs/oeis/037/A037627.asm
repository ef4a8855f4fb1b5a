; A037627: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0.
; Formula: a(n) = c(n), b(n) = 2*(b(n-1)+1+2*c(n-1)), c(n) = 2*c(n-1)%3+2*(b(n-1)+1+2*c(n-1)), b(0) = 0, c(0) = 0
; 2,15,90,542,3255,19530,117182,703095,4218570,25311422,151868535,911211210,5467267262,32803603575,196821621450,1180929728702,7085578372215,42513470233290,255080821399742,1530484928398455

#offset 1

lpb $0
  add $1,1
  mul $2,2
  add $1,$2
  mod $2,3
  mul $1,2
  sub $0,1
  add $2,$1
lpe
mov $0,$2
