; A037748: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 8*c(n-1)+(b(n-1)+1)%4, b(0) = 1, c(0) = 0
; 2,19,152,1217,9738,77907,623256,4986049,39888394,319107155,2552857240,20422857921,163382863370,1307062906963,10456503255704,83652026045633,669216208365066,5353729666920531

#offset 1

mov $1,1
lpb $0
  add $1,1
  mul $2,8
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
