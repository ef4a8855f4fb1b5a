; A153367: Number of zig-zag paths from top to bottom of a rectangle of width 9 with 2n-1 rows whose color is not that of the top right corner.
; Formula: a(n) = c(max(n-1,0)), b(n) = b(n-1)+c(n-1), c(n) = 5*c(n-1)-(b(n-1)+c(n-1)), b(0) = 2, c(0) = 4
; 4,14,50,180,650,2350,8500,30750,111250,402500,1456250,5268750,19062500,68968750,249531250,902812500,3266406250,11817968750,42757812500,154699218750,559707031250,2025039062500,7326660156250,26508105468750

#offset 1

sub $0,1
mov $1,$0
mov $0,4
mov $2,2
lpb $1
  sub $1,1
  add $2,$0
  mul $0,5
  sub $0,$2
lpe
