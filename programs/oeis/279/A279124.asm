; A279124: Number of Hangul letters (initials, medials and finals of syllables) in Sino-Korean name of n. If there are several different spellings, use the shorter one.
; Formula: a(n) = d(n+1)*d(n+1)+2, b(n) = truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1))-(d(n-1)+truncate((b(n-1)+c(n-1))/-1)+(truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1)))), c(n) = c(n-1)-(b(n-1)+c(n-1)), d(n) = d(n-1)+truncate((b(n-1)+c(n-1))/-1)+(truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1))), b(0) = 1, c(0) = 0, d(0) = 1
; 3,2,3,2,2,3,3,3,2,3,6

#offset 1

add $0,1
mov $1,1
mov $2,$0
mov $0,1
lpb $2
  add $0,$3
  sub $3,$0
  div $0,-1
  add $1,$0
  sub $0,$1
  add $1,$0
  sub $2,1
  sub $0,$1
lpe
mov $0,$1
mul $0,$0
add $0,2
