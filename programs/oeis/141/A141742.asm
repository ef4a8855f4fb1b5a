; A141742: Starting from the 1 in the first line of triangle A141728 choose one of the three digits below it. Repeat down to the other rows. Sequence gives the numbers in base 10 expressed by the collected digits that cannot be reached following any possible path.
; 3,6,7,12,13,14,15,24,25,26,27,28,29,30

mov $1,1
lpb $0
  sub $0,$1
  mul $1,2
lpe
mul $1,3
add $0,$1
