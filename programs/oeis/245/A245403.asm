; A245403: Number of nonnegative integers with property that their base 10/9 expansion (see A024664) has n digits.
; Formula: a(n) = 10*(d(n)-b(n)), b(n) = d(n-1), c(n) = truncate(c(n-1)/9)-d(n-1), d(n) = d(n-1)-truncate(c(n-1)/9)+1, b(0) = 0, c(0) = 0, d(0) = 0
; 10,10,10,10,10,10,10,10,10,10,20,20,20,20,20,30,30,30,40,40,50,50,60,60,70,80,90,100,110,120,130,150,160,180,200,220,250,280,310,340,380,420,470,520,580,640,710,790,880,980,1090,1210,1340,1490,1660

#offset 1

lpb $0
  sub $0,1
  mov $1,$2
  div $3,9
  sub $2,$3
  add $2,1
  sub $3,$1
lpe
mov $0,$2
sub $0,$1
mul $0,10
