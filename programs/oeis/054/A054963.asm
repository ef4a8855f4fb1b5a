; A054963: Number of cells in the first column of all directed column-convex polyominoes of area n+1.
; Formula: a(n) = b(n)-n, b(n) = b(n-1)+c(n-1), c(n) = c(n-1)+(b(n-1)+c(n-1)), b(0) = 1, c(0) = 3
; 1,3,9,26,72,194,515,1357,3563,9340,24466,64068,167749,439191,1149837,3010334,7881180,20633222,54018503,141422305,370248431,969323008,2537720614,6643838856,17393795977,45537549099,119218851345

mov $1,$0
mov $2,$0
mov $3,3
mov $0,1
lpb $2
  sub $2,1
  add $0,$3
  add $3,$0
lpe
sub $0,$1
