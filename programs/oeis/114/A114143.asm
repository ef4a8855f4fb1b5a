; A114143: Possible sums of the final scores of completed American football games where both teams score.
; Formula: a(n) = n+3
; 4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40

#offset 1

add $0,3
