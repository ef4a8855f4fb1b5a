; A378943: Numbers obtained from the tribonacci triangle formed by the number of connection points in the paths obtained by Pell walk on the square grid.
; Formula: a(n) = floor(b(n+1)/2), b(n) = b(n-1)+c(n-1)+(c(n-1)+1), c(n) = d(n-1)+1, d(n) = b(n-1)+c(n-1), b(0) = 0, c(0) = 0, d(0) = 0
; 2,3,7,13,25,46,86,158,292,537,989,1819,3347,6156,11324,20828,38310,70463,129603,238377,438445,806426,1483250,2728122,5017800,9229173,16975097,31222071,57426343,105623512,194271928,357321784,657217226,1208810939,2223349951,4089378117

#offset 1

add $0,1
lpb $0
  add $1,$2
  add $2,1
  sub $0,1
  mov $3,$1
  add $1,$2
  mov $2,$4
  add $2,1
  mov $4,$3
lpe
mov $0,$1
div $0,2
