; A065494: Number of (binary) bit strings in which no even length block of 0's is followed by an even length block of 1's.
; Formula: a(n) = d(n+1), b(n) = b(n-1)-c(n-1), c(n) = -(c(n-1)+d(n-1)), d(n) = d(n-1)+e(n-1)+(b(n-1)-c(n-1)), e(n) = -e(n-1)-1+(b(n-1)-c(n-1)), b(0) = 1, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,4,8,15,30,57,112,216,420,815,1580,3069,5950,11552,22408,43487,84378,163725,317700,616444,1196172,2321007,4503704,8738921,16956954,32903164,63845000,123884479,240384374,466440273,905077080,1756205088

add $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $0,$2
  add $2,$3
  sub $1,1
  add $3,$4
  mul $4,-1
  sub $4,1
  add $4,$0
  mul $2,-1
  add $3,$0
lpe
mov $0,$3
