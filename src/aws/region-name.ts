/** A region name such as us-east-1 or ap-northeast-1 (the shape, not a list: new regions keep coming). */
export const REGION_NAME = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
