; A086348: On a 3 X 3 board, number of n-move routes of chess king ending in the central square.
; Formula: a(n) = truncate(c(n+2)/2), b(n) = truncate(b(n-1)/-1)+d(n-1), c(n) = -2*c(n-1)+(truncate(b(n-1)/-1)+d(n-1)), d(n) = 4*d(n-1)+(truncate(b(n-1)/-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 1
; 1,8,32,168,784,3840,18432,89216,430336,2078720,10035200,48457728,233967616,1129709568,5454692352,26337640448,127169265664,614027755520,2964787822592,14315262836736

sub $0,-2
mov $1,1
lpb $0
  div $2,-1
  add $2,$1
  mul $3,-2
  add $3,$2
  mul $1,4
  add $1,$2
  sub $0,1
lpe
mov $0,$3
div $0,2
