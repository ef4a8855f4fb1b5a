; A153365: Number of zig-zag paths from top to bottom of a rectangle of width 9 with 2*n rows whose color is that of the top right corner.
; Formula: a(n) = 4*c(max(n-1,0)), b(n) = b(n-1)+c(n-1), c(n) = 5*c(n-1)-(b(n-1)+c(n-1)), b(0) = 1, c(0) = 2
; 8,28,100,360,1300,4700,17000,61500,222500,805000,2912500,10537500,38125000,137937500,499062500,1805625000,6532812500,23635937500,85515625000,309398437500,1119414062500,4050078125000,14653320312500

#offset 1

sub $0,1
mov $1,$0
mov $0,2
mov $2,1
lpb $1
  sub $1,1
  add $2,$0
  mul $0,5
  sub $0,$2
lpe
mul $0,4
